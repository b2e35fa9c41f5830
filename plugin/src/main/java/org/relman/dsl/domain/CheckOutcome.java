package org.relman.dsl.domain;

import java.util.Locale;

/** What the integrity check found for one copy. */
public enum CheckOutcome {
    /** relman read the file and its SHA-256 is the entry's. */
    MATCH,
    /** relman read the file and its SHA-256 differs: the copy is not the version the library vouches for. */
    MISMATCH,
    /** The copy should be readable but is not: missing, unreadable, or outside every configured storage root. */
    UNREACHABLE,
    /** A URL (or a file: URI naming another host): relman never fetches those. */
    NOT_CHECKABLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
