package org.relman.cmdb.domain;

import java.time.Instant;
import java.util.Objects;

/** A stored, typed, directed relationship: {@code source} relies on {@code target} (see {@link ImpactDirection}). */
public record Relationship(String source, String target, RelationshipType type, Instant createdAt, String createdBy) {
    public Relationship {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(type, "type");
    }

    /** How the source's history reads it: "depends on DB-1". */
    public String fromSource() {
        return type.name() + " " + target;
    }

    /** How the target's history reads it: "is depended on by APP-1". */
    public String fromTarget() {
        return type.inverseName() + " " + source;
    }
}
