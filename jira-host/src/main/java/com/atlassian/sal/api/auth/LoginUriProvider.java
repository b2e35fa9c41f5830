package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Compile-only mirror (see MIRRORS.md). Only {@code getLoginUri(URI)} is mirrored; the PageCapability and
 * UserRole variants of recent SAL are left out.
 */
public interface LoginUriProvider {

    /** Where to send a user to log in, returning to {@code returnUri} afterwards. */
    URI getLoginUri(URI returnUri);
}
