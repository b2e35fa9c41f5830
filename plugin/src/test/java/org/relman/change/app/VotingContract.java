package org.relman.change.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.relman.change.testing.ChangeWorld.rule;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.audit.domain.AuditEntry;
import org.relman.change.adapter.ao.ChangeStores;
import org.relman.change.domain.ChangeType;
import org.relman.change.domain.DecisionOutcome;
import org.relman.change.domain.RoundDecision;
import org.relman.change.domain.Vote;
import org.relman.change.domain.VoteKind;
import org.relman.change.testing.ChangeWorld;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.IssueRef;
import org.relman.testkit.db.OnDatabase;

/** Casting, changing and refusing votes through the use cases, on a real database. */
abstract class VotingContract implements OnDatabase {
    private ChangeWorld world;
    private IssueRef rfc;

    @BeforeEach
    void aSubmittedRfcBeforeTheDefaultCab() {
        world = new ChangeWorld(database().activeObjects(ChangeStores.ENTITIES));
        world.defaultCab(rule(3, 2, 0, false));
        rfc = world.host.rfc("RFC-1", world.rita, world.ada, world.owen, ChangeType.NORMAL);
        assertThat(world.submit("RFC-1")).isEqualTo("Voting round 1 of Default CAB opened for RFC-1.");
    }

    private List<Vote> votes() {
        return world.roundStore.votes(List.of(world.roundStore.latest(rfc.id()).orElseThrow().id()));
    }

    @Test
    void theVoteThatMeetsTheRuleDecidesAndClosesTheRound() {
        assertThat(world.vote(world.carl, "RFC-1", "approve", "Plan is sound").decision().reason())
                .isEqualTo("pending: 1 of 3 votes needed for quorum, 1 of 2 approvals needed");
        world.vote(world.cathy, "RFC-1", "approve", null);
        Voting.Recorded third = world.vote(world.cole, "RFC-1", "reject", "Window too short");

        assertThat(third.closedRound()).isTrue();
        assertThat(third.decision().reason()).isEqualTo("approved: 2 of 3, quorum met, no veto");
        var round = world.roundStore.latest(rfc.id()).orElseThrow();
        assertThat(round.open()).isFalse();
        assertThat(round.decision()).isEqualTo(RoundDecision.APPROVED);
        assertThat(round.decisionReason()).isEqualTo("approved: 2 of 3, quorum met, no veto");
        assertThat(round.closedBy()).isEqualTo(world.cole.key());
        assertThat(world.gate.cabApproved(rfc).allowed()).isTrue();
    }

    @Test
    void aClosedRoundNeverChanges() {
        world.vote(world.carl, "RFC-1", "approve", null);
        world.vote(world.cathy, "RFC-1", "approve", null);
        world.vote(world.cole, "RFC-1", "approve", null);

        assertThatThrownBy(() -> world.vote(world.carl, "RFC-1", "reject", "Changed my mind"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("The vote on RFC-1 is closed (approved: 3 of 3, quorum met, no veto); a closed round never changes.");
        assertThatThrownBy(() -> world.vote(world.vera, "RFC-1", "reject", "Too late veto")).isInstanceOf(ConflictException.class);
        assertThat(votes()).extracting(Vote::kind).containsExactly(VoteKind.APPROVE, VoteKind.APPROVE, VoteKind.APPROVE);
        world.as(world.chris);
        assertThatThrownBy(() -> world.rounds.close("RFC-1", null)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("RFC-1 has no open voting round.");
    }

    @Test
    void aChangedVoteIsANewRevisionAndTheOldOneIsKept() {
        world.vote(world.carl, "RFC-1", "approve", "Looks fine");
        Voting.Recorded changed = world.vote(world.carl, "RFC-1", "request-information", "Which backout steps?");

        assertThat(changed.vote().revision()).isEqualTo(2);
        assertThat(votes()).extracting(Vote::kind, Vote::revision, Vote::superseded, Vote::comment).containsExactly(
                org.assertj.core.groups.Tuple.tuple(VoteKind.APPROVE, 1, true, "Looks fine"),
                org.assertj.core.groups.Tuple.tuple(VoteKind.REQUEST_INFO, 2, false, "Which backout steps?"));
        assertThat(changed.decision().outcome()).isEqualTo(DecisionOutcome.MORE_INFORMATION_NEEDED);
        assertThat(changed.decision().reason()).isEqualTo("more information needed: asked by Carl CAB");
        world.as(world.chris);
        assertThat(world.audit.forIssue("RFC-1")).extracting(AuditEntry::kind)
                .containsExactly("ROUND_OPENED", "VOTE_CAST", "VOTE_CHANGED");
    }

    @Test
    void repeatingTheSameVoteRecordsNothingNew() {
        world.vote(world.carl, "RFC-1", "approve", "ok");
        Voting.Recorded again = world.vote(world.carl, "RFC-1", "APPROVE", " ok ");

        assertThat(again.unchanged()).isTrue();
        assertThat(votes()).hasSize(1);
    }

    @Test
    void aRejectNeedsACommentAndAVoteAKnownKind() {
        assertThatThrownBy(() -> world.vote(world.carl, "RFC-1", "reject", "  ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("comment", "comment is required.")));
        assertThatThrownBy(() -> world.vote(world.carl, "RFC-1", "maybe", null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("vote",
                        "vote must be one of approve, reject, abstain, request-information.")));
        assertThat(votes()).isEmpty();
    }

    @Test
    void aVetoMembersRejectRejectsAtOnce() {
        world.vote(world.carl, "RFC-1", "approve", null);
        Voting.Recorded veto = world.vote(world.vera, "RFC-1", "reject", "Collides with the payroll run");

        assertThat(veto.decision().reason()).isEqualTo("rejected: veto by Vera Veto");
        assertThat(world.gate.cabApproved(rfc).reason()).isEqualTo("RFC-1 is not approved by the CAB (round 1: rejected: veto by Vera Veto).");
    }

    @Test
    void requesterChangeOwnerAndAssigneeAreRefusedWithTheSameReasonEverywhere() {
        world.cab("Everyone CAB", true, false, rule(1, 1, 0, false), ChangeWorld.group("everyone", null));
        for (var person : List.of(world.rita, world.owen, world.ada)) {
            world.host.addToGroup("everyone", person);
        }
        IssueRef emergency = world.host.rfc("RFC-2", world.rita, world.ada, world.owen, ChangeType.EMERGENCY);
        world.submit("RFC-2");
        assertRefusedEverywhere(emergency, world.rita, "You requested RFC-2, so you cannot vote on it (segregation of duties).");
        assertRefusedEverywhere(emergency, world.owen, "You are the change owner of RFC-2, so you cannot vote on it (segregation of duties).");
        assertRefusedEverywhere(emergency, world.ada, "You are assigned to RFC-2, so you cannot vote on it (segregation of duties).");
    }

    private void assertRefusedEverywhere(IssueRef issue, org.relman.platform.domain.UserRef who, String reason) {
        assertThatThrownBy(() -> world.vote(who, issue.key(), "approve", null))
                .isInstanceOf(AccessDeniedException.class).hasMessage(reason);
        assertThat(world.gate.mayVote(who, issue).reason()).isEqualTo(reason);
        world.as(who);
        PanelState.ViewerView viewer = world.panel.state(issue.key()).viewer();
        assertThat(viewer.mayVote()).isFalse();
        assertThat(viewer.reason()).isEqualTo(reason);
    }

    @Test
    void someoneOutsideTheCabIsToldSo() {
        assertThatThrownBy(() -> world.vote(world.dan, "RFC-1", "approve", null)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("You are not a member of Default CAB, and no member of it has named you their deputy.");
        assertThat(world.gate.mayVote(world.carl, rfc).allowed()).isTrue();
    }

    @Test
    void aDeputyVotesInTheMembersSeatAndSaysOnWhoseBehalf() {
        world.as(world.carl);
        world.deputies.add(new Deputies.DeputyInput(null, "dan", null, Instant.now().plus(7, ChronoUnit.DAYS).toString()));

        Voting.Recorded byDeputy = world.vote(world.dan, "RFC-1", "approve", "For Carl, who is away");

        assertThat(byDeputy.vote().voterKey()).isEqualTo(world.dan.key());
        assertThat(byDeputy.vote().onBehalfOfKey()).isEqualTo(world.carl.key());
        world.as(world.rita);
        PanelState.VoteView shown = world.panel.state("RFC-1").round().votes().get(0);
        assertThat(shown.voter().displayName()).isEqualTo("Dan Deputy");
        assertThat(shown.onBehalfOf().displayName()).isEqualTo("Carl CAB");
        // back from leave, Carl's own vote changes the same seat: still one vote for Carl's seat
        world.vote(world.carl, "RFC-1", "reject", "Not after all");
        assertThat(votes().stream().filter(v -> !v.superseded()).toList()).singleElement()
                .satisfies(v -> assertThat(v.seatKey()).isEqualTo(world.carl.key()));
    }

    @Test
    void aDeputyOutsideTheirPeriodMayNotVote() {
        world.as(world.carl);
        world.deputies.add(new Deputies.DeputyInput(null, "dan", "2020-01-01", "2020-01-31"));

        assertThatThrownBy(() -> world.vote(world.dan, "RFC-1", "approve", null)).isInstanceOf(AccessDeniedException.class)
                .hasMessageStartingWith("You are not a member of Default CAB");
    }

    @Test
    void noDeputyMayVoteForAMemberWhoRequestedTheRfc() {
        world.as(world.chris);
        world.cabs.update(world.cabStore.defaultCab().orElseThrow().id(), new org.relman.change.domain.CabDefinition.Input(
                "Default CAB", null, false, true, rule(3, 2, 0, false), List.of(ChangeWorld.user(world.carl, false, null),
                ChangeWorld.user(world.rita, false, null), ChangeWorld.user(world.cole, false, null))));
        world.as(world.rita);
        world.deputies.add(new Deputies.DeputyInput(null, "dan", null, "2099-01-01"));

        assertThatThrownBy(() -> world.vote(world.dan, "RFC-1", "approve", null)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Rita Requester requested RFC-1, so no one can vote on it in their place (segregation of duties).");
    }

    @Test
    void aDeputyWhoRequestedTheRfcMayNotVoteOnItForAnyone() {
        IssueRef dansRfc = world.host.rfc("RFC-3", world.dan, null, null, ChangeType.NORMAL);
        world.as(world.chris);
        world.rounds.submit("RFC-3");
        world.as(world.carl);
        world.deputies.add(new Deputies.DeputyInput(null, "dan", null, "2099-01-01"));

        assertThat(world.gate.mayVote(world.dan, dansRfc).reason())
                .isEqualTo("You requested RFC-3, so you cannot vote on it (segregation of duties).");
    }

    @Test
    void groupMembersVoteWithTheirGroupsLabelAndVeto() {
        world.as(world.chris);
        world.cabs.update(world.cabStore.defaultCab().orElseThrow().id(), new org.relman.change.domain.CabDefinition.Input(
                "Default CAB", null, false, true, new org.relman.change.domain.CabDefinition.RuleInput(2, 2, 0, false,
                List.of(new org.relman.change.domain.CabDefinition.GroupMinimumInput("Security", 1))),
                List.of(ChangeWorld.group("cab-ops", "Operations"), ChangeWorld.group("cab-sec", "Security"))));
        world.host.addToGroup("cab-ops", world.carl).addToGroup("cab-ops", world.cathy).addToGroup("cab-sec", world.cole);

        world.vote(world.carl, "RFC-1", "approve", null);
        assertThat(world.vote(world.cathy, "RFC-1", "approve", null).decision().reason()).isEqualTo("pending: Security 0 of 1");
        assertThat(world.vote(world.cole, "RFC-1", "approve", null).decision().reason())
                .isEqualTo("approved: 3 of 3, quorum met, Security 1 of 1, no veto");
    }

    @Test
    void everyVoteAndDecisionIsInTheChangeLogAndTheChainIsIntact() {
        world.vote(world.carl, "RFC-1", "approve", "a");
        world.vote(world.carl, "RFC-1", "reject", "b");
        world.vote(world.cathy, "RFC-1", "approve", null);
        world.vote(world.cole, "RFC-1", "approve", null);

        world.as(world.rita);
        List<AuditEntry> entries = world.audit.forIssue("RFC-1");
        assertThat(entries).extracting(AuditEntry::kind).containsExactly(
                "ROUND_OPENED", "VOTE_CAST", "VOTE_CHANGED", "VOTE_CAST", "VOTE_CAST", "ROUND_CLOSED");
        assertThat(entries.get(5).details()).containsEntry("decision", "APPROVED")
                .containsEntry("reason", "approved: 2 of 3, quorum met, no veto");
        assertThat(entries.get(2).details()).containsEntry("vote", "reject").containsEntry("revision", "2").containsEntry("comment", "b");
        world.as(world.chris);
        assertThat(world.audit.verify().message()).isEqualTo("intact: 7 entries"); // and the CAB's creation
    }

    @Test
    void aChangeManagerClosesAPendingRoundAsRejectedAndSaysWhy() {
        world.vote(world.carl, "RFC-1", "approve", null);
        assertThat(world.gate.cabApproved(rfc).reason())
                .isEqualTo("RFC-1 is not approved by the CAB (round 1: pending: 1 of 3 votes needed for quorum, 1 of 2 approvals needed).");
        world.as(world.carl);
        assertThatThrownBy(() -> world.rounds.close("RFC-1", null)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only a change manager or a relman administrator may close a voting round.");

        world.as(world.chris);
        var closed = world.rounds.close("RFC-1", "CAB did not meet this week");

        assertThat(closed.decision()).isEqualTo(RoundDecision.REJECTED);
        assertThat(closed.decisionReason()).isEqualTo("rejected: closed by Chris Change before the rule was met (pending: 1 of 3 votes "
                + "needed for quorum, 1 of 2 approvals needed) — CAB did not meet this week");
    }

    @Test
    void aRoundWaitingForInformationClosesAsSuchAndTheRfcCanBeResubmitted() {
        world.vote(world.carl, "RFC-1", "request-information", "Backout plan?");
        world.as(world.chris);
        assertThat(world.rounds.close("RFC-1", null).decision()).isEqualTo(RoundDecision.MORE_INFO);

        assertThat(world.submit("RFC-1")).isEqualTo("Voting round 2 of Default CAB opened for RFC-1.");
        assertThat(world.submit("RFC-1")).isEqualTo("Voting round 2 is already open for RFC-1.");
    }

    @Test
    void jqlFindsRfcsAwaitingMyVoteAndRfcsByDecision() {
        IssueRef second = world.host.rfc("RFC-4", world.rita, null, null, ChangeType.NORMAL);
        world.submit("RFC-4");
        world.vote(world.carl, "RFC-1", "approve", null);

        assertThat(world.search.awaitingVoteOf(world.carl)).containsExactly(second.id());
        assertThat(world.search.awaitingVoteOf(world.cathy)).containsExactlyInAnyOrder(rfc.id(), second.id());
        assertThat(world.search.awaitingVoteOf(world.rita)).isEmpty();

        world.vote(world.vera, "RFC-4", "reject", "No");
        world.vote(world.carl, "RFC-1", "request-information", "?");
        assertThat(world.search.withDecision(DecisionOutcome.REJECTED)).containsExactly(second.id());
        assertThat(world.search.withDecision(DecisionOutcome.MORE_INFORMATION_NEEDED)).containsExactly(rfc.id());
        assertThat(world.search.withDecision(DecisionOutcome.APPROVED)).isEmpty();
    }
}
