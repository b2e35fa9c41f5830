package org.relman.change.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.change.app.CabStore;
import org.relman.change.app.RoundStore;
import org.relman.change.domain.CabDefinition;
import org.relman.change.domain.CabMember;
import org.relman.change.domain.DecisionRule;
import org.relman.change.domain.MemberKind;
import org.relman.change.domain.OpenReason;
import org.relman.change.domain.Round;
import org.relman.change.domain.RoundDecision;
import org.relman.change.domain.Vote;
import org.relman.change.domain.VoteKind;
import org.relman.testkit.db.OnDatabase;

/** What the database itself guarantees for rounds and votes, whatever the use cases do. */
abstract class RoundStoreContract implements OnDatabase {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private RoundStore rounds;
    private long cabId;

    @BeforeEach
    void aCab() {
        var ao = database().activeObjects(ChangeStores.ENTITIES);
        CabStore cabs = ChangeStores.cabs(ao);
        rounds = ChangeStores.rounds(ao);
        cabId = cabs.create(new CabDefinition("CAB", null, false, true, new DecisionRule(1, 1, 0, false, List.of()),
                List.of(new CabMember(0, MemberKind.USER, "carl", null, null, null, false, null)))).id();
    }

    private Round open(int number) {
        return rounds.open(new RoundStore.NewRound(10_001, "RFC-1", cabId, number, "rita", OpenReason.SUBMITTED, null, "v1", NOW));
    }

    private RoundStore.NewVote vote(long round, String voter, int revision, Long supersedes) {
        return new RoundStore.NewVote(round, voter, null, VoteKind.APPROVE, null, NOW, revision, false, null, supersedes);
    }

    @Test
    void theDatabaseRefusesASecondVoteForTheSameSeatRevisionAndRound() {
        long round = open(1).id();
        rounds.record(vote(round, "carl", 1, null));

        assertThatThrownBy(() -> rounds.record(vote(round, "carl", 1, null))).isInstanceOf(RuntimeException.class);
        assertThat(rounds.votes(List.of(round))).hasSize(1);
    }

    @Test
    void aDeputysVoteFillsTheMembersBallot() {
        long round = open(1).id();
        rounds.record(vote(round, "carl", 1, null));

        assertThatThrownBy(() -> rounds.record(new RoundStore.NewVote(round, "dan", "carl", VoteKind.REJECT, "x", NOW, 1, false, null, null)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void aChangedVoteKeepsTheOldRevisionMarkedSuperseded() {
        long round = open(1).id();
        Vote first = rounds.record(vote(round, "carl", 1, null));
        rounds.record(vote(round, "carl", 2, first.id()));

        assertThat(rounds.votes(List.of(round))).extracting(Vote::revision, Vote::superseded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true), org.assertj.core.groups.Tuple.tuple(2, false));
    }

    @Test
    void theDatabaseRefusesTheSameRoundNumberTwice() {
        open(1);

        assertThatThrownBy(() -> open(1)).isInstanceOf(RuntimeException.class);
        assertThat(rounds.ofRfc(10_001)).hasSize(1);
    }

    @Test
    void aClosedRoundIsNeverWrittenAgain() {
        long round = open(1).id();
        rounds.close(round, RoundDecision.APPROVED, "approved: 1 of 1, quorum met, no veto", "carl", NOW);

        assertThatThrownBy(() -> rounds.close(round, RoundDecision.REJECTED, "no", "mallory", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> rounds.setOutcome(round, org.relman.change.domain.DecisionOutcome.REJECTED))
                .isInstanceOf(IllegalStateException.class);
        Round read = rounds.find(round).orElseThrow();
        assertThat(read.decision()).isEqualTo(RoundDecision.APPROVED);
        assertThat(read.closedBy()).isEqualTo("carl");
    }
}
