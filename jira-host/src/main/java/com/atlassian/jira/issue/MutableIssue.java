package com.atlassian.jira.issue;

/** Compile-only mirror (see MIRRORS.md): a return type of IssueManager; relman calls none of its setters. */
public interface MutableIssue extends Issue {
}
