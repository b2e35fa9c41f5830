package org.relman.cmdb.domain;

/**
 * A CMDB search: text in the key or name, and optional type and environment filters.
 * {@code limit} is clamped to 1..{@value #MAX_LIMIT}.
 */
public record CiSearch(String text, String type, String environment, int limit) {
    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    public CiSearch {
        text = blankToNull(text);
        type = blankToNull(type);
        environment = blankToNull(environment);
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
