package org.relman.change.domain;

/** Where a CAB's decision on an RFC stands (requirements §1.2, §1.6). */
public enum DecisionOutcome {
    PENDING, APPROVED, REJECTED, MORE_INFORMATION_NEEDED
}
