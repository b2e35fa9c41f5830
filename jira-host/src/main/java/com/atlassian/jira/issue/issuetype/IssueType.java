package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

/** Compile-only mirror (see MIRRORS.md). */
public interface IssueType extends IssueConstant {

    boolean isSubTask();
}
