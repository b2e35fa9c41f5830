package org.relman.dsl.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relman.platform.domain.Verdict;

class StateChangePolicyTest {
    private final StateChangePolicy policy = new StateChangePolicy();

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "PENDING,       APPROVED,      allowed",
            "APPROVED,      IN_PRODUCTION, allowed",
            "IN_PRODUCTION, RETIRED,       allowed",
            "APPROVED,      RETIRED,       allowed",
            "PENDING,       IN_PRODUCTION, refused",
            "PENDING,       RETIRED,       refused",
            "PENDING,       PENDING,       refused",
            "APPROVED,      PENDING,       refused",
            "APPROVED,      APPROVED,      refused",
            "IN_PRODUCTION, PENDING,       refused",
            "IN_PRODUCTION, APPROVED,      refused",
            "IN_PRODUCTION, IN_PRODUCTION, refused",
            "RETIRED,       PENDING,       refused",
            "RETIRED,       APPROVED,      refused",
            "RETIRED,       IN_PRODUCTION, refused",
            "RETIRED,       RETIRED,       refused"})
    void followsTheLibrarysOrderOnly(EntryState from, EntryState to, String expected) {
        Verdict verdict = policy.mayChange(from, to, "superseded by 5.3");

        assertThat(verdict.allowed()).as(verdict.reason()).isEqualTo(expected.equals("allowed"));
        assertThat(policy.allowedNext(from).contains(to)).isEqualTo(expected.equals("allowed"));
    }

    @ParameterizedTest
    @CsvSource({
            "PENDING, IN_PRODUCTION, 'An entry cannot move from pending to in production: the DSL''s states go pending → approved → in production → retired, without skipping approval or production and without going back. Allowed next from pending: approved.'",
            "IN_PRODUCTION, APPROVED, 'An entry cannot move from in production to approved: the DSL''s states go pending → approved → in production → retired, without skipping approval or production and without going back. Allowed next from in production: retired.'",
            "RETIRED, APPROVED, 'An entry cannot move from retired to approved: the DSL''s states go pending → approved → in production → retired, without skipping approval or production and without going back. A retired entry is final: it stays in the library as it is.'",
            "APPROVED, APPROVED, 'The entry is already approved.'"})
    void refusalSaysFromWhereToWhereAndWhatIsAllowedNext(EntryState from, EntryState to, String reason) {
        assertThat(policy.mayChange(from, to, null).reason()).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource(value = {"APPROVED", "IN_PRODUCTION"})
    void retiringNeedsAReason(EntryState from) {
        assertThat(policy.mayChange(from, EntryState.RETIRED, "  ").reason())
                .isEqualTo("A retirement needs a reason: say why this version may no longer be used.");
        assertThat(policy.mayChange(from, EntryState.RETIRED, null).refused()).isTrue();
        assertThat(policy.mayChange(EntryState.PENDING, EntryState.APPROVED, null).allowed()).as("approving needs none").isTrue();
    }
}
