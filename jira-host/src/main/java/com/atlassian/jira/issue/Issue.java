package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

/** Compile-only mirror (see MIRRORS.md): the members relman reads. The real interface extends OfBizValueWrapper, IssueContext, WithId and WithKey. */
public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    IssueType getIssueType();

    Project getProjectObject();

    /** The reporter's user key. */
    String getReporterId();

    /** The assignee's user key. */
    String getAssigneeId();

    Object getCustomFieldValue(CustomField customField);
}
