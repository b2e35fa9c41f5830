package org.relman.platform.adapter.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.platform.app.IssueDirectory;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;

/**
 * Jira's issues as a viewer may see them: an issue the viewer cannot browse is reported as missing,
 * exactly like a key that does not exist, so relman never confirms that a hidden issue exists.
 */
@Named
public class JiraIssueDirectory implements IssueDirectory {
    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final JiraRefs refs;

    @Inject
    public JiraIssueDirectory(IssueManager issueManager,
                              PermissionManager permissionManager, JiraRefs refs) {
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.refs = refs;
    }

    @Override
    public Optional<IssueRef> find(String issueKey, UserRef viewer) {
        if (issueKey == null || issueKey.isBlank()) {
            return Optional.empty();
        }
        Optional<ApplicationUser> user = refs.applicationUser(viewer);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Issue issue = issueManager.getIssueObject(issueKey.strip());
        if (issue == null || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user.get())) {
            return Optional.empty();
        }
        return Optional.of(refs.issue(issue));
    }
}
