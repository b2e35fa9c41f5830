package org.relman.platform.adapter.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relman.platform.domain.UserRef;

@ExtendWith(MockitoExtension.class)
class JiraIssueDirectoryTest {
    private static final UserRef RITA = new UserRef("JIRAUSER10001", "rita", "Rita Requester");

    @Mock
    IssueManager issueManager;
    @Mock
    PermissionManager permissionManager;
    @Mock
    UserManager userManager;

    private ApplicationUser rita;
    private JiraIssueDirectory directory;

    @BeforeEach
    void setUp() {
        rita = JiraFixtures.user(RITA.key(), "rita", "Rita Requester");
        directory = new JiraIssueDirectory(issueManager, permissionManager, new JiraRefs(userManager));
    }

    @Test
    void findsAnIssueTheViewerMayBrowse() {
        MutableIssue issue = JiraFixtures.issue(10500L, "CHG-7", "RFC");
        when(userManager.getUserByKey(RITA.key())).thenReturn(rita);
        when(issueManager.getIssueObject("CHG-7")).thenReturn(issue);
        when(permissionManager.hasPermission(same(ProjectPermissions.BROWSE_PROJECTS), same(issue), same(rita))).thenReturn(true);

        assertThat(directory.find(" CHG-7 ", RITA)).hasValueSatisfying(ref -> {
            assertThat(ref.key()).isEqualTo("CHG-7");
            assertThat(ref.issueType()).isEqualTo("RFC");
        });
    }

    @Test
    void anIssueTheViewerMayNotBrowseLooksMissing() {
        MutableIssue issue = JiraFixtures.issue(10500L, "CHG-7", "RFC");
        when(userManager.getUserByKey(RITA.key())).thenReturn(rita);
        when(issueManager.getIssueObject("CHG-7")).thenReturn(issue);
        when(permissionManager.hasPermission(same(ProjectPermissions.BROWSE_PROJECTS), same(issue), same(rita))).thenReturn(false);

        assertThat(directory.find("CHG-7", RITA)).isEmpty();
    }

    @Test
    void anUnknownKeyOrAViewerJiraDoesNotKnowFindsNothing() {
        when(userManager.getUserByKey(RITA.key())).thenReturn(rita);
        when(issueManager.getIssueObject("CHG-404")).thenReturn(null);

        assertThat(directory.find("CHG-404", RITA)).isEmpty();
        assertThat(directory.find("CHG-7", new UserRef("JIRAUSER99999", "gone", null))).isEmpty();
        assertThat(directory.find(" ", RITA)).isEmpty();
        verifyNoInteractions(permissionManager);
    }
}
