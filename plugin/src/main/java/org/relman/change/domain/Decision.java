package org.relman.change.domain;

import java.util.Objects;

/** The outcome a CAB's rule gives for the votes so far, with the reason a person reads. */
public record Decision(DecisionOutcome outcome, String reason, Tally tally) {
    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(tally, "tally");
    }

    /** Approved and rejected close the round; pending and more-information-needed leave it open. */
    public boolean isFinal() {
        return outcome == DecisionOutcome.APPROVED || outcome == DecisionOutcome.REJECTED;
    }
}
