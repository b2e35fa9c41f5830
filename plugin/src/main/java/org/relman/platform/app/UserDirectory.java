package org.relman.platform.app;

import java.util.Optional;
import org.relman.platform.domain.UserRef;

/**
 * Jira's users, looked up by login name (what an admin types) or by the stable key relman stores.
 * Provided by Jira (SAL's UserManager), or by the sandbox.
 */
public interface UserDirectory {
    Optional<UserRef> byName(String username);

    Optional<UserRef> byKey(String userKey);
}
