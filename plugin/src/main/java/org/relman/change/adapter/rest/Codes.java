package org.relman.change.adapter.rest;

import java.time.Instant;
import java.util.Locale;
import org.relman.change.domain.DecisionOutcome;
import org.relman.change.domain.RoundDecision;

/** How enums and times read in change management's JSON: lower-case with hyphens, ISO-8601 instants. */
final class Codes {
    private Codes() {
    }

    static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A closed round's decision: approved, rejected, more-information-needed or superseded. */
    static String decision(RoundDecision decision) {
        return decision == null ? null : decision == RoundDecision.MORE_INFO ? of(DecisionOutcome.MORE_INFORMATION_NEEDED) : of(decision);
    }

    static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
