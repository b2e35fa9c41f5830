package com.atlassian.jira.issue.fields.config;

/** Compile-only mirror (see MIRRORS.md): passed to OptionsManager; no methods called. */
public interface FieldConfig {
}
