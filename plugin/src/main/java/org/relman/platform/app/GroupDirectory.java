package org.relman.platform.app;

import org.relman.platform.domain.UserRef;

/**
 * Jira's groups and project roles, for CAB membership. Provided by Jira (GroupManager,
 * ProjectRoleManager), or by the sandbox.
 */
public interface GroupDirectory {
    boolean isInGroup(UserRef user, String groupName);

    /** Whether {@code user} plays the project role (by Jira's role id) in the project with this key. */
    boolean hasProjectRole(UserRef user, String projectKey, long projectRoleId);
}
