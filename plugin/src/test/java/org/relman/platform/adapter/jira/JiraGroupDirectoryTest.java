package org.relman.platform.adapter.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relman.platform.domain.UserRef;

@ExtendWith(MockitoExtension.class)
class JiraGroupDirectoryTest {
    private static final UserRef CARL = new UserRef("JIRAUSER10100", "carl", "Carl CAB");
    private static final long DEVELOPERS = 10001L;

    @Mock
    GroupManager groupManager;
    @Mock
    ProjectRoleManager projectRoleManager;
    @Mock
    ProjectManager projectManager;
    @Mock
    UserManager userManager;

    private ApplicationUser carl;
    private JiraGroupDirectory directory;

    @BeforeEach
    void setUp() {
        carl = JiraFixtures.user(CARL.key(), "carl", "Carl CAB");
        directory = new JiraGroupDirectory(groupManager, projectRoleManager, projectManager, new JiraRefs(userManager));
    }

    @Test
    void groupMembershipIsJirasAnswer() {
        when(userManager.getUserByKey(CARL.key())).thenReturn(carl);
        when(groupManager.isUserInGroup(carl, "cab-operations")).thenReturn(true);
        when(groupManager.isUserInGroup(carl, "cab-security")).thenReturn(false);

        assertThat(directory.isInGroup(CARL, "cab-operations")).isTrue();
        assertThat(directory.isInGroup(CARL, "cab-security")).isFalse();
    }

    @Test
    void projectRoleIsCheckedInTheNamedProject() {
        Project project = mock(Project.class);
        ProjectRole developers = mock(ProjectRole.class);
        when(userManager.getUserByKey(CARL.key())).thenReturn(carl);
        when(projectManager.getProjectObjByKey("CHG")).thenReturn(project);
        when(projectRoleManager.getProjectRole(DEVELOPERS)).thenReturn(developers);
        when(projectRoleManager.isUserInProjectRole(carl, developers, project)).thenReturn(true);

        assertThat(directory.hasProjectRole(CARL, "CHG", DEVELOPERS)).isTrue();
    }

    @Test
    void aDeletedUserProjectOrRoleMeansNotAMember() {
        when(userManager.getUserByKey(CARL.key())).thenReturn(carl);
        when(projectManager.getProjectObjByKey("GONE")).thenReturn(null);
        Project project = mock(Project.class);
        when(projectManager.getProjectObjByKey("CHG")).thenReturn(project);
        when(projectRoleManager.getProjectRole(404L)).thenReturn(null);

        assertThat(directory.hasProjectRole(CARL, "GONE", DEVELOPERS)).isFalse();
        assertThat(directory.hasProjectRole(CARL, "CHG", 404L)).isFalse();
        assertThat(directory.hasProjectRole(new UserRef("JIRAUSER99999", "gone", null), "CHG", DEVELOPERS)).isFalse();
        assertThat(directory.isInGroup(new UserRef("JIRAUSER99999", "gone", null), "cab-operations")).isFalse();
        verifyNoInteractions(groupManager);
    }
}
