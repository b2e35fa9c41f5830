package com.atlassian.jira.config.properties;

/** Compile-only mirror (see MIRRORS.md): Jira's own application properties (not SAL's); only getString. */
public interface ApplicationProperties {

    String getString(String key);
}
