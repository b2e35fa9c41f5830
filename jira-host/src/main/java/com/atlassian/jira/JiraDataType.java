package com.atlassian.jira;

/** Compile-only mirror (see MIRRORS.md): returned by JqlFunction.getDataType(); relman calls none of its methods. */
public interface JiraDataType {
}
