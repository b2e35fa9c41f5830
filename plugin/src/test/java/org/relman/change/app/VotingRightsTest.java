package org.relman.change.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relman.change.domain.Cab;
import org.relman.change.domain.CabMember;
import org.relman.change.domain.ChangeType;
import org.relman.change.domain.DecisionOutcome;
import org.relman.change.domain.DecisionRule;
import org.relman.change.domain.Deputy;
import org.relman.change.domain.MemberKind;
import org.relman.change.domain.OpenReason;
import org.relman.change.domain.Round;
import org.relman.change.domain.RoundDecision;
import org.relman.change.domain.Seat;
import org.relman.change.testing.FakeHost;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;

/** Who holds which seat on an RFC, and why someone may not vote: membership by user, group or role, and deputies. */
class VotingRightsTest {
    private final FakeHost host = new FakeHost();
    private final UserRef rita = host.user("rita", "Rita Requester");
    private final UserRef carl = host.user("carl", "Carl CAB");
    private final UserRef olga = host.user("olga", "Olga Ops");
    private final UserRef dan = host.user("dan", "Dan Deputy");
    private final VotingRights rights = new VotingRights(new CabSeats(host, host));
    private final IssueRef issue = host.rfc("RFC-5", rita, null, null, ChangeType.NORMAL);
    private final RfcOnIssue rfc = new RfcOnIssue(issue, host.find(issue).orElseThrow());

    private static CabMember member(MemberKind kind, String user, String group, Long role, boolean veto, String label) {
        return new CabMember(0, kind, user, group, role, null, veto, label);
    }

    private final Cab cab = new Cab(1, "Ops CAB", null, false, true, new DecisionRule(1, 1, 0, false, List.of()), List.of(
            member(MemberKind.PROJECT_ROLE, null, null, 10002L, true, "Approvers"),
            member(MemberKind.GROUP, null, "ops", null, false, "Operations"),
            member(MemberKind.USER, "key-carl", null, null, false, null)));

    private static Round round(boolean open) {
        return new Round(7, 1, "RFC-5", 1, 1, Instant.EPOCH, null, OpenReason.SUBMITTED, null, "v1",
                open ? DecisionOutcome.PENDING : DecisionOutcome.APPROVED, open ? null : Instant.EPOCH, null,
                open ? null : RoundDecision.APPROVED, open ? null : "approved: 1 of 1, quorum met, no veto");
    }

    private VotingRights.Rights of(UserRef user, List<Deputy> actingFor) {
        return rights.of(user, rfc, Optional.of(round(true)), cab, actingFor);
    }

    @Test
    void aUserMatchedByManyEntriesHoldsOneSeatWithTheUserEntrysLabelAndAnyVeto() {
        host.addToGroup("ops", carl).addToProjectRole("RFC", 10002, carl);

        assertThat(of(carl, List.of()).seats()).containsExactly(new Seat("key-carl", "Carl CAB", false, true, "Operations"));
    }

    @Test
    void projectRolesAreLookedUpInTheRfcsProject() {
        host.addToProjectRole("OTHER", 10002, olga);
        assertThat(of(olga, List.of()).verdict().allowed()).isFalse();

        host.addToProjectRole("RFC", 10002, olga);
        assertThat(of(olga, List.of()).seats()).containsExactly(new Seat("key-olga", "Olga Ops", false, true, "Approvers"));
    }

    @Test
    void aDeputyHoldsTheMembersSeatWithTheMembersWeight() {
        host.addToGroup("ops", olga);
        Deputy forOlga = new Deputy(1, "key-olga", "key-dan", Instant.EPOCH, Instant.MAX);

        assertThat(of(dan, List.of(forOlga)).seats()).containsExactly(new Seat("key-olga", "Olga Ops", true, false, "Operations"));
    }

    @Test
    void aDeputyForSomeoneOutsideTheCabGetsNoSeat() {
        Deputy forRita = new Deputy(1, "key-rita", "key-dan", Instant.EPOCH, Instant.MAX);

        assertThat(of(dan, List.of(forRita)).verdict().reason())
                .isEqualTo("You are not a member of Ops CAB, and no member of it has named you their deputy.");
    }

    @Test
    void aClosedRoundIsReportedAsTheRoundsStateNotAsThePersons() {
        VotingRights.Rights closed = rights.of(carl, rfc, Optional.of(round(false)), cab, List.of());

        assertThat(closed.roundState()).isTrue();
        assertThat(closed.verdict().reason())
                .isEqualTo("The vote on RFC-5 is closed (approved: 1 of 1, quorum met, no veto); a closed round never changes.");
        assertThat(rights.of(carl, rfc, Optional.empty(), cab, List.of()).verdict().reason())
                .isEqualTo("RFC-5 has no voting round: one opens when the RFC is submitted.");
    }

    @Test
    void segregationOfDutiesComesBeforeEverythingElse() {
        VotingRights.Rights requester = rights.of(rita, rfc, Optional.of(round(false)), cab, List.of());

        assertThat(requester.roundState()).isFalse();
        assertThat(requester.verdict().reason()).isEqualTo("You requested RFC-5, so you cannot vote on it (segregation of duties).");
    }
}
