package com.atlassian.jira.util;

import java.util.Set;

/** Compile-only mirror (see MIRRORS.md): the messages a JQL function's validate() returns. */
public interface MessageSet {

    void addErrorMessage(String errorMessage);

    void addWarningMessage(String warningMessage);

    boolean hasAnyErrors();

    Set<String> getErrorMessages();
}
