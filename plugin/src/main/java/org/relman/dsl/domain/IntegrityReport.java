package org.relman.dsl.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What one integrity check found: when it ran, how many copies had each outcome, and every copy's line. */
public record IntegrityReport(Instant startedAt, Instant finishedAt, List<CopyCheck> copies) {
    public IntegrityReport {
        copies = List.copyOf(copies);
    }

    /** Copies per outcome, every outcome present (0 when none). */
    public Map<CheckOutcome, Integer> counts() {
        Map<CheckOutcome, Integer> counts = new EnumMap<>(CheckOutcome.class);
        for (CheckOutcome outcome : CheckOutcome.values()) {
            counts.put(outcome, 0);
        }
        copies.forEach(c -> counts.merge(c.outcome(), 1, Integer::sum));
        return counts;
    }
}
