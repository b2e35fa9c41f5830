package org.relman.change.domain;

/**
 * How a closed round ended. SUPERSEDED: a material edit opened a new round before this one decided.
 * Stored in CAB_ROUND.DECISION by name.
 */
public enum RoundDecision {
    APPROVED(DecisionOutcome.APPROVED),
    REJECTED(DecisionOutcome.REJECTED),
    MORE_INFO(DecisionOutcome.MORE_INFORMATION_NEEDED),
    SUPERSEDED(DecisionOutcome.PENDING);

    private final DecisionOutcome outcome;

    RoundDecision(DecisionOutcome outcome) {
        this.outcome = outcome;
    }

    /** What the round stands for once closed; a superseded round decided nothing. */
    public DecisionOutcome outcome() {
        return outcome;
    }

    public static RoundDecision closing(DecisionOutcome outcome) {
        return switch (outcome) {
            case APPROVED -> APPROVED;
            case REJECTED -> REJECTED;
            case MORE_INFORMATION_NEEDED -> MORE_INFO;
            case PENDING -> throw new IllegalArgumentException("a pending round does not close by itself");
        };
    }
}
