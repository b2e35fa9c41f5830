package org.relman.platform.adapter.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.platform.app.GroupDirectory;
import org.relman.platform.domain.UserRef;

/**
 * CAB membership through Jira's groups and project roles. A user, group, project or role that no
 * longer exists answers "not a member" rather than failing: a CAB naming a deleted group must not
 * break voting for everyone else.
 */
@Named
public class JiraGroupDirectory implements GroupDirectory {
    private final GroupManager groupManager;
    private final ProjectRoleManager projectRoleManager;
    private final ProjectManager projectManager;
    private final JiraRefs refs;

    @Inject
    public JiraGroupDirectory(GroupManager groupManager,
                              ProjectRoleManager projectRoleManager,
                              ProjectManager projectManager, JiraRefs refs) {
        this.groupManager = groupManager;
        this.projectRoleManager = projectRoleManager;
        this.projectManager = projectManager;
        this.refs = refs;
    }

    @Override
    public boolean isInGroup(UserRef user, String groupName) {
        if (groupName == null || groupName.isBlank()) {
            return false;
        }
        return refs.applicationUser(user).map(u -> groupManager.isUserInGroup(u, groupName)).orElse(false);
    }

    @Override
    public boolean hasProjectRole(UserRef user, String projectKey, long projectRoleId) {
        Optional<ApplicationUser> applicationUser = refs.applicationUser(user);
        if (applicationUser.isEmpty() || projectKey == null || projectKey.isBlank()) {
            return false;
        }
        Project project = projectManager.getProjectObjByKey(projectKey);
        ProjectRole role = project == null ? null : projectRoleManager.getProjectRole(projectRoleId);
        return role != null && projectRoleManager.isUserInProjectRole(applicationUser.get(), role, project);
    }
}
