package org.relman.change.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.relman.change.testing.ChangeWorld.rule;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.change.adapter.ao.ChangeStores;
import org.relman.change.domain.ChangeType;
import org.relman.change.domain.DecisionOutcome;
import org.relman.change.domain.RoundDecision;
import org.relman.change.domain.VoteKind;
import org.relman.change.testing.ChangeWorld;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.IssueRef;
import org.relman.testkit.db.OnDatabase;

/** The CAB agenda: RFCs awaiting a decision, frozen for a meeting, and the meeting's minutes. */
abstract class AgendaContract implements OnDatabase {
    private ChangeWorld world;
    private long cabId;

    @BeforeEach
    void twoRfcsAwaitTheDefaultCab() {
        world = new ChangeWorld(database().activeObjects(ChangeStores.ENTITIES));
        cabId = world.defaultCab(rule(2, 2, 0, false)).cab().id();
        world.host.rfc("RFC-1", world.rita, null, null, ChangeType.NORMAL);
        world.host.rfc("RFC-2", world.rita, null, null, ChangeType.NORMAL);
        world.submit("RFC-1");
        world.submit("RFC-2");
    }

    @Test
    void listsTheRfcsAwaitingADecisionWithWhereEachStands() {
        world.vote(world.carl, "RFC-1", "approve", null);

        world.as(world.cole);
        Agendas.AgendaView awaiting = world.agendas.awaiting(cabId);

        assertThat(awaiting.items()).extracting(Agendas.ItemView::rfcKey, Agendas.ItemView::outcome, Agendas.ItemView::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RFC-1", DecisionOutcome.PENDING,
                                "pending: 1 of 2 votes needed for quorum, 1 of 2 approvals needed"),
                        org.assertj.core.groups.Tuple.tuple("RFC-2", DecisionOutcome.PENDING,
                                "pending: 0 of 2 votes needed for quorum, 0 of 2 approvals needed"));
        assertThat(awaiting.items().get(0).summary()).isEqualTo("Summary of RFC-1");
    }

    @Test
    void rfcsTheViewerMayNotSeeAreCountedNotShown() {
        world.host.hideFrom(world.host.issue("RFC-2"), world.cole);

        world.as(world.cole);
        Agendas.AgendaView awaiting = world.agendas.awaiting(cabId);

        assertThat(awaiting.items()).extracting(Agendas.ItemView::rfcKey).containsExactly("RFC-1");
        assertThat(awaiting.hidden()).isEqualTo(1);
    }

    @Test
    void aFrozenAgendaKeepsItsItemsAndSaysWhoFrozeItWhen() {
        world.as(world.chris);
        long agendaId = world.agendas.create(new Agendas.AgendaInput(cabId, "CAB 2026-03-03", "2026-03-03T09:00:00Z")).agenda().id();
        Agendas.AgendaView frozen = world.agendas.freeze(agendaId);
        IssueRef late = world.host.rfc("RFC-3", world.rita, null, null, ChangeType.NORMAL);
        world.submit("RFC-3");

        world.as(world.carl);
        Agendas.AgendaView read = world.agendas.get(agendaId);
        assertThat(read.items()).extracting(Agendas.ItemView::rfcKey).containsExactly("RFC-1", "RFC-2");
        assertThat(read.agenda().frozen()).isTrue();
        assertThat(read.frozenBy().displayName()).isEqualTo("Chris Change");
        assertThat(read.agenda().frozenAt()).isEqualTo(frozen.agenda().frozenAt()).isNotNull();
        assertThat(world.agendas.awaiting(cabId).items()).extracting(Agendas.ItemView::rfcKey).contains(late.key());

        world.as(world.chris);
        assertThatThrownBy(() -> world.agendas.freeze(agendaId)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("The agenda was frozen already, at " + frozen.agenda().frozenAt() + " by Chris Change.");
    }

    @Test
    void theMinutesRecordEachRfcsDecisionReasonAndVotes() {
        world.as(world.chris);
        long agendaId = world.agendas.create(new Agendas.AgendaInput(cabId, "CAB 2026-03-03", null)).agenda().id();
        assertThatThrownBy(() -> world.agendas.minutes(agendaId)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Freeze the agenda first");
        world.agendas.freeze(agendaId);
        world.vote(world.carl, "RFC-1", "approve", "Good plan");
        world.vote(world.cathy, "RFC-1", "approve", null);
        world.vote(world.vera, "RFC-2", "reject", "Overlaps the freeze");

        world.as(world.rita);
        Agendas.AgendaView minutes = world.agendas.minutes(agendaId);

        assertThat(minutes.items()).extracting(Agendas.ItemView::rfcKey, Agendas.ItemView::decision, Agendas.ItemView::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RFC-1", RoundDecision.APPROVED, "approved: 2 of 2, quorum met, no veto"),
                        org.assertj.core.groups.Tuple.tuple("RFC-2", RoundDecision.REJECTED, "rejected: veto by Vera Veto"));
        assertThat(minutes.items().get(0).votes()).extracting(v -> v.voter().displayName(), Agendas.VoteLine::vote, Agendas.VoteLine::comment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Carl CAB", VoteKind.APPROVE, "Good plan"),
                        org.assertj.core.groups.Tuple.tuple("Cathy CAB", VoteKind.APPROVE, null));
    }

    @Test
    void onlyChangeManagersPlanAndFreezeMeetings() {
        world.as(world.carl);
        assertThatThrownBy(() -> world.agendas.create(new Agendas.AgendaInput(cabId, "x", null))).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only a change manager or a relman administrator may plan CAB meetings.");
        world.as(world.chris);
        long agendaId = world.agendas.create(new Agendas.AgendaInput(cabId, "x", null)).agenda().id();
        world.as(world.carl);
        assertThatThrownBy(() -> world.agendas.freeze(agendaId)).isInstanceOf(AccessDeniedException.class);
        assertThat(world.agendas.list(cabId)).extracting(a -> a.title()).containsExactly("x");
    }
}
