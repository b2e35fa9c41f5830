package com.atlassian.jira.project;

/** Compile-only mirror (see MIRRORS.md). */
public interface Project {

    Long getId();

    String getKey();

    String getName();
}
