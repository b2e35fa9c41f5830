package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

/** Compile-only mirror (see MIRRORS.md): who runs the search. */
public interface QueryCreationContext {

    ApplicationUser getApplicationUser();

    ApplicationUser getQueryUser();

    boolean isSecurityOverriden();
}
