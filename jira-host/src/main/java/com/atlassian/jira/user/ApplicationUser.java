package com.atlassian.jira.user;

/** Compile-only mirror (see MIRRORS.md). The real interface also extends Principal, WithId and WithKey; these members are declared on it. */
public interface ApplicationUser {

    String getKey();

    String getUsername();

    String getDisplayName();
}
