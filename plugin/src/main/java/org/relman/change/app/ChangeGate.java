package org.relman.change.app;

import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;
import org.relman.platform.domain.Verdict;

/**
 * What Jira's workflow modules ask of change management. The REST API and the CAB panel ask the
 * same policies, so a refusal reads the same wherever a user meets it.
 */
public interface ChangeGate {
    /** Validator "CAB decision is approved": refused with the decision and its reason otherwise. */
    Verdict cabApproved(IssueRef rfc);

    /** Condition "current user may vote": segregation of duties, membership, deputies, open round. */
    Verdict mayVote(UserRef user, IssueRef rfc);

    /**
     * Post-function on submission: opens a voting round, or for a standard change from the
     * pre-approved catalogue records that it skips the CAB. Returns what happened, in words.
     */
    String onSubmitted(IssueRef rfc, UserRef actor);
}
