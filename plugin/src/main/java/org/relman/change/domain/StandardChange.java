package org.relman.change.domain;

import java.time.Instant;
import java.util.Objects;

/** An entry of the pre-approved standard change catalogue: RFCs raised from an active entry skip the CAB. */
public record StandardChange(String code, String name, String description, String risk, boolean active,
                             Instant createdAt, String createdBy) {
    public StandardChange {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
