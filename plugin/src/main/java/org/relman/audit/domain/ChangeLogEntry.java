package org.relman.audit.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a feature asks the change log to record: a kind (VOTE_CAST, ROUND_CLOSED, ...), the issue it is
 * about (null for none), who did it, and named details in the order they should read.
 */
public record ChangeLogEntry(String kind, Long issueId, String actorKey, Map<String, String> details) {
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern DETAIL = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    public ChangeLogEntry {
        Objects.requireNonNull(kind, "kind");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("entry kind must be UPPER_SNAKE: " + kind);
        }
        Map<String, String> copy = new LinkedHashMap<>();
        details.forEach((name, value) -> {
            if (!DETAIL.matcher(name).matches() || CanonicalPayload.HEADER.contains(name)) {
                throw new IllegalArgumentException("detail names are lower-case words, not a header: " + name);
            }
            if (value != null) {
                copy.put(name, value);
            }
        });
        details = Collections.unmodifiableMap(copy);
    }

    /** Starts an entry; add details with {@link #with}. */
    public static ChangeLogEntry of(String kind, Long issueId, String actorKey) {
        return new ChangeLogEntry(kind, issueId, actorKey, Map.of());
    }

    public ChangeLogEntry with(String name, Object value) {
        Map<String, String> more = new LinkedHashMap<>(details);
        more.put(name, value == null ? null : String.valueOf(value));
        return new ChangeLogEntry(kind, issueId, actorKey, more);
    }
}
