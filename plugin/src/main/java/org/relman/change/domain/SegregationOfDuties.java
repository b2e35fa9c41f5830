package org.relman.change.domain;

import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;
import org.relman.platform.domain.Verdict;

/**
 * Requirements §1.5: the requester, the change owner and the assignee of an RFC cannot vote on it, in
 * person or through a deputy. The one place these refusals are worded: the workflow condition, the REST
 * API and the panel all show the text this class returns.
 */
public final class SegregationOfDuties {
    private static final String RULE = " (segregation of duties).";

    private SegregationOfDuties() {
    }

    /** May {@code voter} cast a vote on {@code rfc} themselves? */
    public static Verdict mayVote(UserRef voter, IssueRef rfc, String changeOwnerKey) {
        String key = voter.key();
        if (key.equals(rfc.reporterKey())) {
            return Verdict.refuse("You requested " + rfc.key() + ", so you cannot vote on it" + RULE);
        }
        if (key.equals(changeOwnerKey)) {
            return Verdict.refuse("You are the change owner of " + rfc.key() + ", so you cannot vote on it" + RULE);
        }
        if (key.equals(rfc.assigneeKey())) {
            return Verdict.refuse("You are assigned to " + rfc.key() + ", so you cannot vote on it" + RULE);
        }
        return Verdict.allow();
    }

    /** May a deputy fill {@code member}'s seat on {@code rfc}? Not when the member could not vote on it themselves. */
    public static Verdict mayStandIn(UserRef member, IssueRef rfc, String changeOwnerKey) {
        String key = member.key();
        String who = member.displayName();
        if (key.equals(rfc.reporterKey())) {
            return Verdict.refuse(who + " requested " + rfc.key() + ", so no one can vote on it in their place" + RULE);
        }
        if (key.equals(changeOwnerKey)) {
            return Verdict.refuse(who + " is the change owner of " + rfc.key()
                    + ", so no one can vote on it in their place" + RULE);
        }
        if (key.equals(rfc.assigneeKey())) {
            return Verdict.refuse(who + " is assigned to " + rfc.key() + ", so no one can vote on it in their place" + RULE);
        }
        return Verdict.allow();
    }
}
