package com.atlassian.jira.issue;

/** Compile-only mirror (see MIRRORS.md). */
public interface IssueManager {

    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);
}
