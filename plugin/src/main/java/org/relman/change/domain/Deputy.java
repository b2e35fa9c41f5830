package org.relman.change.domain;

import java.time.Instant;
import java.util.Objects;

/** A deputy a CAB member named for a period: from {@code validFrom} (inclusive) to {@code validTo} (exclusive). */
public record Deputy(long id, String memberKey, String deputyKey, Instant validFrom, Instant validTo) {
    public Deputy {
        Objects.requireNonNull(memberKey, "memberKey");
        Objects.requireNonNull(deputyKey, "deputyKey");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
    }

    public boolean covers(Instant at) {
        return !at.isBefore(validFrom) && at.isBefore(validTo);
    }
}
