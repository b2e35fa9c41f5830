package org.relman.platform.app;

import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/** Whether a user holds one of relman's roles. Provided by Jira (group membership), or by the sandbox. */
public interface RoleDirectory {
    boolean hasRole(UserRef user, RelmanRole role);
}
