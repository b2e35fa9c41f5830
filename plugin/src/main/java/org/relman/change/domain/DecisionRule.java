package org.relman.change.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A CAB's decision rule (requirements §1.3). A number of 0 means "no such condition".
 *
 * @param quorum              votes needed before the rule decides anything but a veto or a request for information
 * @param minApprovals        approvals needed to approve
 * @param approvalPercent     share of the approve and reject votes that must approve, once quorum is met;
 *                            below it the RFC is rejected (abstentions never count in the share)
 * @param abstentionsInQuorum whether abstentions count toward the quorum
 * @param groupMinimums       approvals needed from members with a group label ("2 from Operations")
 */
public record DecisionRule(int quorum, int minApprovals, int approvalPercent, boolean abstentionsInQuorum,
                           List<GroupMinimum> groupMinimums) {
    public DecisionRule {
        groupMinimums = List.copyOf(groupMinimums);
    }

    /** The rule in words, as the panel and the admin page show it. */
    public String describe() {
        List<String> sentences = new ArrayList<>();
        if (quorum > 0) {
            sentences.add("Quorum: " + votes(quorum) + (abstentionsInQuorum
                    ? ", abstentions count toward it." : ", abstentions do not count toward it."));
        }
        List<String> needs = new ArrayList<>();
        if (minApprovals > 0) {
            needs.add("at least " + plural(minApprovals, "approval"));
        }
        if (approvalPercent > 0) {
            needs.add(approvalPercent + "% of the approve and reject votes");
        }
        if (!groupMinimums.isEmpty()) {
            List<String> groups = groupMinimums.stream().map(g -> g.minApprovals() + " from " + g.group()).toList();
            needs.add(Words.and(groups));
        }
        sentences.add(needs.isEmpty() ? "Approved once quorum is met without a veto."
                : "Approved with " + Words.and(needs) + ".");
        if (approvalPercent > 0) {
            sentences.add("Rejected when quorum is met and fewer than " + approvalPercent + "% approve.");
        }
        sentences.add("A reject by a veto member rejects at once; a request for information holds the decision.");
        return String.join(" ", sentences);
    }

    private static String votes(int n) {
        return plural(n, "vote");
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
