package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Compile-only mirror (see MIRRORS.md): only the issue-level project permission check. */
public interface PermissionManager {

    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
