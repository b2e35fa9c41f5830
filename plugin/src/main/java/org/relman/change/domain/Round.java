package org.relman.change.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A voting round of a CAB on an RFC. Open while {@code closedAt} is null; once closed it never changes
 * (requirements §1.6), and only a newer round supersedes it.
 *
 * @param outcome the outcome as of the latest vote; for a closed round, the decision's
 */
public record Round(long id, long rfcIssueId, String rfcKey, long cabId, int number, Instant openedAt, String openedBy,
                    OpenReason openReason, String openDetail, String fingerprint, DecisionOutcome outcome,
                    Instant closedAt, String closedBy, RoundDecision decision, String decisionReason) {
    public Round {
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(openReason, "openReason");
        outcome = outcome == null ? DecisionOutcome.PENDING : outcome;
    }

    public boolean open() {
        return closedAt == null;
    }
}
