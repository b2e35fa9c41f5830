package org.relman.dsl.domain;

/**
 * A DSL search: text in the name or version (case-insensitive, wildcards literal), and optional state,
 * kind and release filters. {@code limit} is clamped to 1..{@value #MAX_LIMIT}; {@code start} skips that many.
 */
public record DslSearch(String text, EntryState state, EntryKind kind, Long releaseIssueId, int start, int limit) {
    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    public DslSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        start = Math.max(0, start);
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    }
}
