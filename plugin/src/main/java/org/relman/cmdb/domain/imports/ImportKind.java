package org.relman.cmdb.domain.imports;

import java.util.Locale;

/** What a file imports: configuration items, or relationships between CIs that exist. */
public enum ImportKind {
    ITEMS, RELATIONSHIPS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
