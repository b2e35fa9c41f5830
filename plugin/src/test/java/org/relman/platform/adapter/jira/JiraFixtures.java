package org.relman.platform.adapter.jira;

import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

/** Jira's issues and users as Mockito stand-ins, built the way Jira fills them in. */
public final class JiraFixtures {
    private JiraFixtures() {
    }

    public static ApplicationUser user(String key, String username, String displayName) {
        ApplicationUser user = mock(ApplicationUser.class, username);
        lenient().when(user.getKey()).thenReturn(key);
        lenient().when(user.getUsername()).thenReturn(username);
        lenient().when(user.getDisplayName()).thenReturn(displayName);
        return user;
    }

    /** An issue in project CHG of the given type, reported by rita and assigned to andy (by user key). */
    public static MutableIssue issue(long id, String key, String type) {
        MutableIssue issue = mock(MutableIssue.class, key);
        Project project = mock(Project.class);
        IssueType issueType = mock(IssueType.class);
        lenient().when(project.getKey()).thenReturn("CHG");
        lenient().when(issueType.getName()).thenReturn(type);
        lenient().when(issue.getId()).thenReturn(id);
        lenient().when(issue.getKey()).thenReturn(key);
        lenient().when(issue.getSummary()).thenReturn("Patch the CRM database");
        lenient().when(issue.getProjectObject()).thenReturn(project);
        lenient().when(issue.getIssueType()).thenReturn(issueType);
        lenient().when(issue.getReporterId()).thenReturn("JIRAUSER10001");
        lenient().when(issue.getAssigneeId()).thenReturn("JIRAUSER10002");
        return issue;
    }
}
