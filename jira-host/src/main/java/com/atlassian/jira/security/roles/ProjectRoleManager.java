package com.atlassian.jira.security.roles;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

/** Compile-only mirror (see MIRRORS.md). */
public interface ProjectRoleManager {

    ProjectRole getProjectRole(Long id);

    boolean isUserInProjectRole(ApplicationUser user, ProjectRole projectRole, Project project);
}
