package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

/**
 * Compile-only mirror (see MIRRORS.md). Only the UserKey-based methods seen in Platform 7 javadoc are mirrored;
 * the username-based variants deprecated since SAL 2.10 are left out on purpose.
 */
public interface UserManager {

    UserProfile getRemoteUser();

    UserProfile getRemoteUser(HttpServletRequest request);

    UserKey getRemoteUserKey();

    UserKey getRemoteUserKey(HttpServletRequest request);

    UserProfile getUserProfile(UserKey userKey);

    UserProfile getUserProfile(String username);

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);
}
