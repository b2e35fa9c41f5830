package com.atlassian.jira.security.plugin;

import java.util.Objects;

/**
 * Mirror of Jira's project permission key (see MIRRORS.md). It behaves like a value — a key string
 * with equality — so the constants of {@code ProjectPermissions} are distinct objects in tests.
 * relman never constructs one: it only passes {@code ProjectPermissions.BROWSE_PROJECTS} along,
 * which the JVM links by field name and type.
 */
public final class ProjectPermissionKey {

    private final String key;

    public ProjectPermissionKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPermissionKey other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
