package com.atlassian.sal.api.user;

import java.net.URI;

/** Compile-only mirror (see MIRRORS.md). */
public interface UserProfile {

    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();

    URI getProfilePictureUri(int width, int height);

    URI getProfilePictureUri();

    URI getProfilePageUri();
}
