package org.relman.change.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies a CAB's rule to the current votes of a round (one per seat). In order:
 * <ol>
 *   <li>a reject by a veto member rejects, whatever else was said;</li>
 *   <li>a request for information holds the decision: the requester must answer (by editing the RFC,
 *       which opens a new round, or in a comment, after which the member changes the vote);</li>
 *   <li>below quorum the decision is pending;</li>
 *   <li>with quorum met, a share below the rule's percentage rejects;</li>
 *   <li>missing approvals (overall or per group) leave it pending; otherwise it is approved.</li>
 * </ol>
 * The rule only sees votes cast, so "pending" also covers a board that has not finished voting.
 */
public final class DecisionCalculator {
    private DecisionCalculator() {
    }

    public static Decision decide(DecisionRule rule, List<CountedVote> votes) {
        Tally tally = tally(rule, votes);
        List<String> vetoes = names(votes, v -> v.veto() && v.kind() == VoteKind.REJECT);
        if (!vetoes.isEmpty()) {
            return new Decision(DecisionOutcome.REJECTED, "rejected: veto by " + Words.and(vetoes), tally);
        }
        List<String> askers = names(votes, v -> v.kind() == VoteKind.REQUEST_INFO);
        if (!askers.isEmpty()) {
            return new Decision(DecisionOutcome.MORE_INFORMATION_NEEDED,
                    "more information needed: asked by " + Words.and(askers), tally);
        }
        List<String> missing = new ArrayList<>();
        boolean quorumMet = rule.quorum() <= 0 || tally.towardQuorum() >= rule.quorum();
        if (!quorumMet) {
            String note = !rule.abstentionsInQuorum() && tally.abstentions() > 0 ? " (abstentions do not count)" : "";
            missing.add(tally.towardQuorum() + " of " + rule.quorum() + " votes needed for quorum" + note);
        }
        if (quorumMet && rule.approvalPercent() > 0 && !shareMet(rule, tally)) {
            return new Decision(DecisionOutcome.REJECTED, "rejected: " + share(tally) + ", "
                    + rule.approvalPercent() + "% needed, quorum met", tally);
        }
        if (rule.minApprovals() > 0 && tally.approvals() < rule.minApprovals()) {
            missing.add(tally.approvals() + " of " + rule.minApprovals() + " approvals needed");
        }
        for (Tally.GroupCount group : tally.groups()) {
            if (!group.met()) {
                missing.add(group.group() + " " + group.approvals() + " of " + group.needed());
            }
        }
        if (!missing.isEmpty()) {
            return new Decision(DecisionOutcome.PENDING, "pending: " + String.join(", ", missing), tally);
        }
        StringBuilder reason = new StringBuilder("approved: ").append(tally.approvals()).append(" of ").append(tally.cast());
        if (rule.quorum() > 0) {
            reason.append(", quorum met");
        }
        for (Tally.GroupCount group : tally.groups()) {
            reason.append(", ").append(group.group()).append(' ').append(group.approvals()).append(" of ").append(group.needed());
        }
        return new Decision(DecisionOutcome.APPROVED, reason.append(", no veto").toString(), tally);
    }

    public static Tally tally(DecisionRule rule, List<CountedVote> votes) {
        int approvals = count(votes, VoteKind.APPROVE);
        int rejections = count(votes, VoteKind.REJECT);
        int abstentions = count(votes, VoteKind.ABSTAIN);
        int info = count(votes, VoteKind.REQUEST_INFO);
        int towardQuorum = approvals + rejections + info + (rule.abstentionsInQuorum() ? abstentions : 0);
        List<Tally.GroupCount> groups = rule.groupMinimums().stream().map(min -> new Tally.GroupCount(min.group(),
                (int) votes.stream().filter(v -> v.kind() == VoteKind.APPROVE && min.group().equalsIgnoreCase(
                        v.group() == null ? "" : v.group())).count(), min.minApprovals())).toList();
        return new Tally(approvals, rejections, abstentions, info, votes.size(), towardQuorum, groups);
    }

    private static boolean shareMet(DecisionRule rule, Tally tally) {
        int decisive = tally.approvals() + tally.rejections();
        return decisive > 0 && tally.approvals() * 100L >= (long) rule.approvalPercent() * decisive;
    }

    private static String share(Tally tally) {
        int decisive = tally.approvals() + tally.rejections();
        if (decisive == 0) {
            return "no approve or reject votes (" + DecisionRule.plural(tally.abstentions(), "abstention") + ")";
        }
        return (tally.approvals() * 100 / decisive) + "% approve (" + tally.approvals() + " of " + decisive + ")";
    }

    private static int count(List<CountedVote> votes, VoteKind kind) {
        return (int) votes.stream().filter(v -> v.kind() == kind).count();
    }

    private static List<String> names(List<CountedVote> votes, java.util.function.Predicate<CountedVote> which) {
        return votes.stream().filter(which).map(CountedVote::seatName).toList();
    }
}
