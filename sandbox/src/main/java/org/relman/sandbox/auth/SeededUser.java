package org.relman.sandbox.auth;

import java.util.Set;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/** A user the sandbox creates for itself. The password is the username, as {@code atlas-run}'s admin/admin. */
public record SeededUser(String username, String displayName, String whatFor, Set<RelmanRole> roles) {
    public SeededUser {
        roles = Set.copyOf(roles);
    }

    /** Keys are the usernames, as for the users Jira creates at setup. */
    public UserRef ref() {
        return new UserRef(username, username, displayName);
    }
}
