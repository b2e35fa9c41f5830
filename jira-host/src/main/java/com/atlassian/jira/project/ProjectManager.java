package com.atlassian.jira.project;

/** Compile-only mirror (see MIRRORS.md): only the lookup relman uses. */
public interface ProjectManager {

    Project getProjectObjByKey(String projectKey);
}
