package org.relman.change.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relman.change.testing.ChangeWorld.rule;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.audit.domain.AuditEntry;
import org.relman.change.adapter.ao.ChangeStores;
import org.relman.change.domain.ChangeType;
import org.relman.change.domain.DecisionOutcome;
import org.relman.change.domain.Round;
import org.relman.change.domain.RoundDecision;
import org.relman.change.domain.VoteKind;
import org.relman.change.testing.ChangeWorld;
import org.relman.platform.domain.IssueRef;
import org.relman.testkit.db.OnDatabase;

/** Rounds open on submission, material edits supersede them, standard changes skip the CAB; the panel shows it all. */
abstract class RoundLifeContract implements OnDatabase {
    private ChangeWorld world;
    private IssueRef rfc;

    @BeforeEach
    void anRfcAndTheDefaultCab() {
        world = new ChangeWorld(database().activeObjects(ChangeStores.ENTITIES));
        world.defaultCab(rule(3, 2, 0, false));
        rfc = world.host.rfc("RFC-1", world.rita, null, world.owen, ChangeType.NORMAL);
    }

    private List<Round> rounds() {
        return world.roundStore.ofRfc(rfc.id());
    }

    @Test
    void aMaterialEditSupersedesTheOpenRoundAndOpensANewOne() {
        world.submit("RFC-1");
        world.vote(world.carl, "RFC-1", "approve", "Before the edit");

        world.host.editRfc(rfc, "v2", null);
        world.as(world.rita);
        assertThat(world.rounds.onRfcEdited(rfc)).isEqualTo("A material edit to RFC-1 opened voting round 2; round 1 is superseded.");

        assertThat(rounds()).extracting(Round::number, Round::open, Round::decision).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, false, RoundDecision.SUPERSEDED),
                org.assertj.core.groups.Tuple.tuple(2, true, null));
        assertThat(rounds().get(0).decisionReason()).isEqualTo("superseded: a material edit (plans, window or CIs) opened round 2");
        PanelState panel = world.panel.state("RFC-1");
        assertThat(panel.round().number()).isEqualTo(2);
        assertThat(panel.round().votes()).isEmpty();
        assertThat(panel.round().openReason()).isEqualTo("material edit");
        assertThat(panel.earlierRounds()).singleElement().satisfies(r -> {
            assertThat(r.decision()).isEqualTo(RoundDecision.SUPERSEDED);
            assertThat(r.votes()).extracting(PanelState.VoteView::comment).containsExactly("Before the edit");
        });
    }

    @Test
    void anEditThatChangesNothingMaterialKeepsTheRound() {
        world.submit("RFC-1");
        world.as(world.rita);

        assertThat(world.rounds.onRfcEdited(rfc)).isEqualTo("The edit to RFC-1 is not material; round 1 stands.");
        assertThat(rounds()).hasSize(1);
    }

    @Test
    void changingTheAffectedCisIsMaterialButTheirOrderIsNot() {
        world.affectedCis.put(rfc.id(), List.of("APP-1", "DB-1"));
        world.submit("RFC-1");

        world.affectedCis.put(rfc.id(), List.of("DB-1", "APP-1"));
        world.rounds.afterIssueChanged(rfc, "rita");
        assertThat(rounds()).hasSize(1);

        world.affectedCis.put(rfc.id(), List.of("DB-1"));
        world.rounds.afterIssueChanged(rfc, "rita");
        assertThat(rounds()).extracting(Round::number, Round::open).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, true));
        assertThat(rounds().get(1).openedBy()).isEqualTo("rita");
    }

    @Test
    void changesToIssuesThatAreNotRfcsAreLeftAlone() {
        world.submit("RFC-1");
        IssueRef task = new IssueRef(99_999, "OPS-1", "OPS", "Task", "Not an RFC", "rita", null);

        world.rounds.afterIssueChanged(task, "rita");

        assertThat(rounds()).hasSize(1);
    }

    @Test
    void aMaterialEditAfterApprovalNeedsANewApproval() {
        world.submit("RFC-1");
        world.vote(world.carl, "RFC-1", "approve", null);
        world.vote(world.cathy, "RFC-1", "approve", null);
        world.vote(world.cole, "RFC-1", "approve", null);
        assertThat(world.gate.cabApproved(rfc).allowed()).isTrue();

        world.host.editRfc(rfc, "v2", null);
        world.host.logout();
        assertThat(world.rounds.onRfcEdited(rfc)).isEqualTo("A material edit to RFC-1 opened voting round 2; round 1 keeps its decision.");

        assertThat(rounds().get(0).decision()).isEqualTo(RoundDecision.APPROVED);
        assertThat(world.gate.cabApproved(rfc).reason())
                .isEqualTo("RFC-1 is not approved by the CAB (round 2: pending: 0 of 3 votes needed for quorum, 0 of 2 approvals needed).");
    }

    @Test
    void aRejectedRfcNeedsResubmittingRatherThanAnEdit() {
        world.submit("RFC-1");
        world.vote(world.vera, "RFC-1", "reject", "No");
        world.host.editRfc(rfc, "v2", null);

        assertThat(world.rounds.onRfcEdited(rfc)).isEqualTo("RFC-1 was rejected in round 1; submit it again for a new round.");
        assertThat(world.submit("RFC-1")).isEqualTo("Voting round 2 of Default CAB opened for RFC-1.");
        assertThat(rounds().get(1).openReason()).isEqualTo(org.relman.change.domain.OpenReason.RESUBMITTED);
    }

    @Test
    void onlyTheRequesterOrAChangeManagerMaySubmitAndOnlyWhenNoRoundIsOpenOrPending() {
        assertThat(maySubmit(world.rita)).isTrue();
        assertThat(maySubmit(world.chris)).isTrue();
        assertThat(maySubmit(world.carl)).as("a CAB member who did not request it").isFalse();

        world.submit("RFC-1");
        assertThat(maySubmit(world.rita)).as("round 1 is open").isFalse();

        world.vote(world.vera, "RFC-1", "reject", "No");
        assertThat(maySubmit(world.rita)).as("rejected: Rita may submit it again").isTrue();
        assertThat(maySubmit(world.carl)).isFalse();
    }

    private boolean maySubmit(org.relman.platform.domain.UserRef user) {
        world.as(user);
        return world.panel.state("RFC-1").viewer().maySubmit();
    }

    @Test
    void aStandardChangeFromTheCatalogueSkipsTheCabAndSaysSo() {
        world.as(world.chris);
        world.standardChanges.add(new StandardChanges.Input("std-restart", "Restart an app node", "Rolling restart", "low"));
        IssueRef standard = world.host.rfc("RFC-7", world.rita, null, null, ChangeType.STANDARD);
        world.host.editRfc(standard, "v1", "STD-RESTART");

        String words = world.submit("RFC-7");

        assertThat(words).isEqualTo("RFC-7 is a standard change from the pre-approved catalogue (STD-RESTART: Restart an app node), "
                + "so it skips the CAB.");
        assertThat(world.roundStore.latest(standard.id())).isEmpty();
        assertThat(world.gate.cabApproved(standard).allowed()).isTrue();
        assertThat(world.panel.state("RFC-7").standardChange()).isEqualTo(words);
        assertThat(world.panel.state("RFC-7").viewer().reason()).isEqualTo(words);
        assertThat(world.audit.forIssue("RFC-7")).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("CAB_SKIPPED");
            assertThat(e.details()).containsEntry("standard-change", "STD-RESTART");
        });
    }

    @Test
    void aRetiredCatalogueEntrySendsTheStandardChangeToTheCab() {
        world.as(world.chris);
        world.standardChanges.add(new StandardChanges.Input("STD-OLD", "Old way", null, null));
        world.standardChanges.setActive("STD-OLD", false);
        IssueRef standard = world.host.rfc("RFC-8", world.rita, null, null, ChangeType.STANDARD);
        world.host.editRfc(standard, "v1", "STD-OLD");

        assertThat(world.submit("RFC-8")).isEqualTo("Voting round 1 of Default CAB opened for RFC-8.");
        assertThat(world.roundStore.latest(standard.id()).orElseThrow().openDetail())
                .isEqualTo("standard change not from an active catalogue entry: it goes to the CAB");
    }

    @Test
    void emergencyRfcsGoToTheEmergencyCab() {
        world.cab("ECAB", true, false, rule(1, 1, 0, false), ChangeWorld.user(world.cole, false, null));
        IssueRef emergency = world.host.rfc("RFC-9", world.rita, null, null, ChangeType.EMERGENCY);

        assertThat(world.submit("RFC-9")).isEqualTo("Voting round 1 of ECAB opened for RFC-9.");
        assertThat(world.vote(world.cole, "RFC-9", "approve", "Go").decision().outcome()).isEqualTo(DecisionOutcome.APPROVED);
        assertThat(world.gate.cabApproved(emergency).allowed()).isTrue();
    }

    @Test
    void withoutAnEmergencyCabAnEmergencyRfcGoesToTheDefaultOneAndSaysSo() {
        IssueRef emergency = world.host.rfc("RFC-9", world.rita, null, null, ChangeType.EMERGENCY);

        assertThat(world.gate.onSubmitted(emergency, world.rita)).isEqualTo("Voting round 1 of Default CAB opened for RFC-9.");
        assertThat(world.roundStore.latest(emergency.id()).orElseThrow().openDetail())
                .isEqualTo("emergency RFC sent to Default CAB: no emergency CAB is set up");
    }

    @Test
    void submittingTwiceOpensOneRound() {
        assertThat(world.gate.onSubmitted(rfc, world.rita)).isEqualTo("Voting round 1 of Default CAB opened for RFC-1.");
        assertThat(world.gate.onSubmitted(rfc, world.rita)).isEqualTo("Voting round 1 is already open for RFC-1.");
        assertThat(rounds()).hasSize(1);
    }

    @Test
    void thePanelShowsTheRuleTheTallyChangedVotesAndWhatTheViewerMayDo() {
        world.submit("RFC-1");
        world.vote(world.carl, "RFC-1", "approve", "Fine");
        world.vote(world.carl, "RFC-1", "abstain", "Conflict of interest");
        world.vote(world.cathy, "RFC-1", "approve", null);

        world.as(world.cole);
        PanelState panel = world.panel.state("RFC-1");

        assertThat(panel.cab().name()).isEqualTo("Default CAB");
        assertThat(panel.rule()).startsWith("Quorum: 3 votes, abstentions do not count toward it. Approved with at least 2 approvals.");
        assertThat(panel.round().outcome()).isEqualTo(DecisionOutcome.PENDING);
        assertThat(panel.round().reason()).isEqualTo("pending: 1 of 3 votes needed for quorum (abstentions do not count), 1 of 2 approvals needed");
        assertThat(panel.round().tally().abstentions()).isEqualTo(1);
        assertThat(panel.round().votes()).extracting(v -> v.voter().displayName(), PanelState.VoteView::vote, PanelState.VoteView::changed)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Carl CAB", VoteKind.ABSTAIN, true),
                        org.assertj.core.groups.Tuple.tuple("Cathy CAB", VoteKind.APPROVE, false));
        PanelState.VoteView carls = panel.round().votes().stream().filter(PanelState.VoteView::changed).findFirst().orElseThrow();
        assertThat(carls.history()).extracting(PanelState.VoteRevision::vote, PanelState.VoteRevision::comment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(VoteKind.APPROVE, "Fine"));
        assertThat(panel.viewer().mayVote()).isTrue();
        assertThat(panel.viewer().seats()).singleElement().satisfies(seat -> {
            assertThat(seat.member().displayName()).isEqualTo("Cole CAB");
            assertThat(seat.currentVote()).isNull();
        });
        assertThat(panel.viewer().mayCloseRound()).isFalse();
        world.as(world.chris);
        assertThat(world.panel.state("RFC-1").viewer().mayCloseRound()).isTrue();
    }

    @Test
    void theLogTellsTheWholeStoryOfAnRfc() {
        world.submit("RFC-1");
        world.vote(world.carl, "RFC-1", "approve", null);
        world.host.editRfc(rfc, "v2", null);
        world.rounds.onRfcEdited(rfc);

        world.as(world.rita);
        assertThat(world.audit.forIssue("RFC-1")).extracting(AuditEntry::kind)
                .containsExactly("ROUND_OPENED", "VOTE_CAST", "ROUND_CLOSED", "ROUND_OPENED");
        assertThat(world.audit.forIssue("RFC-1").get(3).details()).containsEntry("round", "2").containsEntry("reason", "material edit")
                .containsEntry("fingerprint", "v2");
    }
}
