package org.relman.cmdb.domain;

import java.util.Objects;

/**
 * A kind of relationship an admin configured. {@code name} reads from source to target ("APP-1 depends on DB-1"),
 * {@code inverseName} from target to source ("DB-1 is depended on by APP-1"). Whatever the type, the source relies
 * on the target: a change to the target impacts the source (see {@link ImpactDirection}).
 */
public record RelationshipType(String code, String name, String inverseName, boolean retired) {
    public RelationshipType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(inverseName, "inverseName");
    }
}
