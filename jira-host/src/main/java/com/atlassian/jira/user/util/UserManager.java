package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Compile-only mirror (see MIRRORS.md): Jira's own user manager (not SAL's); only the lookup by key. */
public interface UserManager {

    ApplicationUser getUserByKey(String userKey);
}
