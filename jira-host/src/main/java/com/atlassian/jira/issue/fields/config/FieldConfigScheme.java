package com.atlassian.jira.issue.fields.config;

/** Compile-only mirror (see MIRRORS.md): a custom field's context. */
public interface FieldConfigScheme {

    FieldConfig getOneAndOnlyConfig();
}
