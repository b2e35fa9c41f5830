package org.relman.platform.domain;

import java.util.Objects;

/**
 * A Jira user as relman's own code sees it: the stable key Jira stores, the login name and the
 * name people read. Adapters build it from Jira's ApplicationUser or SAL's UserProfile.
 */
public record UserRef(String key, String name, String displayName) {
    public UserRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        displayName = displayName == null || displayName.isBlank() ? name : displayName;
    }
}
