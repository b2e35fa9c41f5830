package org.relman.cmdb.domain;

import java.util.Objects;

/** A kind of configuration item an admin configured. A retired type stays on the items that have it but takes no new ones. */
public record CiType(String code, String name, boolean retired) {
    public CiType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
