package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;

/** Compile-only mirror (see MIRRORS.md). */
public interface IssueRelatedEvent {

    Issue getIssue();
}
