package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/** Compile-only mirror (see MIRRORS.md). */
public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();

    boolean isLoggedInUser();
}
