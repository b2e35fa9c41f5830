package com.atlassian.jira.security.roles;

/** Compile-only mirror (see MIRRORS.md): only passed from ProjectRoleManager back to it. */
public interface ProjectRole {
}
