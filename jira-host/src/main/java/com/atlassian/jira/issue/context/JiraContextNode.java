package com.atlassian.jira.issue.context;

/** Compile-only mirror (see MIRRORS.md): a custom field context; no methods called. */
public interface JiraContextNode {
}
