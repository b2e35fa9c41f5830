package org.relman.cmdb.domain;

import java.util.Objects;

/** One field of a configuration item that changed: its name as the REST API spells it, and the values around it. */
public record FieldChange(String field, String before, String after) {
    public FieldChange {
        Objects.requireNonNull(field, "field");
    }
}
