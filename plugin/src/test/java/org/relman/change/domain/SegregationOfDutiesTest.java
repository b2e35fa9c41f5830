package org.relman.change.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;

/** Requester, change owner and assignee cannot vote on their RFC, in person or through a deputy. */
class SegregationOfDutiesTest {
    private static final UserRef RITA = new UserRef("rita", "rita", "Rita Requester");
    private static final UserRef OWEN = new UserRef("owen", "owen", "Owen Owner");
    private static final UserRef ADA = new UserRef("ada", "ada", "Ada Assignee");
    private static final UserRef CARL = new UserRef("carl", "carl", "Carl CAB");
    private static final IssueRef RFC_12 = new IssueRef(12, "RFC-12", "RFC", "RFC", "Upgrade CRM", "rita", "ada");

    @Test
    void refusesTheRequester() {
        assertThat(SegregationOfDuties.mayVote(RITA, RFC_12, "owen").reason())
                .isEqualTo("You requested RFC-12, so you cannot vote on it (segregation of duties).");
    }

    @Test
    void refusesTheChangeOwner() {
        assertThat(SegregationOfDuties.mayVote(OWEN, RFC_12, "owen").reason())
                .isEqualTo("You are the change owner of RFC-12, so you cannot vote on it (segregation of duties).");
    }

    @Test
    void refusesTheAssignee() {
        assertThat(SegregationOfDuties.mayVote(ADA, RFC_12, "owen").reason())
                .isEqualTo("You are assigned to RFC-12, so you cannot vote on it (segregation of duties).");
    }

    @Test
    void allowsEveryoneElse() {
        assertThat(SegregationOfDuties.mayVote(CARL, RFC_12, "owen").allowed()).isTrue();
        assertThat(SegregationOfDuties.mayVote(CARL, new IssueRef(13, "RFC-13", "RFC", "RFC", "x", "rita", null), null).allowed()).isTrue();
    }

    @Test
    void noDeputyMayFillTheSeatOfARequesterOwnerOrAssignee() {
        assertThat(SegregationOfDuties.mayStandIn(RITA, RFC_12, "owen").reason())
                .isEqualTo("Rita Requester requested RFC-12, so no one can vote on it in their place (segregation of duties).");
        assertThat(SegregationOfDuties.mayStandIn(OWEN, RFC_12, "owen").reason())
                .isEqualTo("Owen Owner is the change owner of RFC-12, so no one can vote on it in their place (segregation of duties).");
        assertThat(SegregationOfDuties.mayStandIn(ADA, RFC_12, "owen").reason())
                .isEqualTo("Ada Assignee is assigned to RFC-12, so no one can vote on it in their place (segregation of duties).");
        assertThat(SegregationOfDuties.mayStandIn(CARL, RFC_12, "owen").allowed()).isTrue();
    }
}
