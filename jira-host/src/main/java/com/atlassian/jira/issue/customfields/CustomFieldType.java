package com.atlassian.jira.issue.customfields;

/** Compile-only mirror (see MIRRORS.md): looked up by key and passed to createCustomField; no methods called. */
public interface CustomFieldType<T, S> {
}
