package org.relman.dsl.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a DSL entry is in its life, in the only order it may go: pending → approved → in production → retired. */
public enum EntryState {
    PENDING("pending"), APPROVED("approved"), IN_PRODUCTION("in production"), RETIRED("retired");

    private final String label;

    EntryState(String label) {
        this.label = label;
    }

    /** Accepts {@code in_production}, {@code in-production} and {@code in production}, in any case. */
    public static Optional<EntryState> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }

    /** As clients write it: {@code in_production}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** As people read it: {@code in production}. */
    public String label() {
        return label;
    }

    public static String allowed() {
        return Arrays.stream(values()).map(EntryState::code).collect(Collectors.joining(", "));
    }
}
