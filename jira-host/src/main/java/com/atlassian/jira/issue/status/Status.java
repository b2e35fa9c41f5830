package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.IssueConstant;

/** Compile-only mirror (see MIRRORS.md): id and name come from IssueConstant. */
public interface Status extends IssueConstant {
}
