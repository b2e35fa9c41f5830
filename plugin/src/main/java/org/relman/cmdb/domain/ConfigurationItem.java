package org.relman.cmdb.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A configuration item as stored in the CMDB. Keys are upper-case and unique per CMDB. */
public record ConfigurationItem(String key, String name, String type, String environment, String owner,
                                CiStatus status, String version, Map<String, String> attributes,
                                Instant createdAt, String createdBy, Instant updatedAt) {
    public ConfigurationItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        attributes = Map.copyOf(attributes);
    }
}
