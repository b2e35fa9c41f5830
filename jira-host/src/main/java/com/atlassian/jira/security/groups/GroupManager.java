package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;

/** Compile-only mirror (see MIRRORS.md). */
public interface GroupManager {

    boolean isUserInGroup(ApplicationUser user, String groupname);
}
