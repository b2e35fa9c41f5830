package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Compile-only mirror (see MIRRORS.md). Object constants are read with getstatic at run time (never
 * inlined), so only the field's name and type must match Jira; the value here serves tests only.
 */
public class ProjectPermissions {

    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
}
