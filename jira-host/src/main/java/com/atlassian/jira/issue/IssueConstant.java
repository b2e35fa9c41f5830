package com.atlassian.jira.issue;

/** Compile-only mirror (see MIRRORS.md): only the id and name relman reads. */
public interface IssueConstant {

    String getId();

    String getName();
}
