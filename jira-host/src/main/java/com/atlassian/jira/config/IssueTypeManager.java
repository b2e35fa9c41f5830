package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/** Compile-only mirror (see MIRRORS.md): the avatar-id variant of createIssueType (the icon-URL one is deprecated). */
public interface IssueTypeManager {

    Collection<IssueType> getIssueTypes();

    IssueType createIssueType(String name, String description, Long avatarId);
}
