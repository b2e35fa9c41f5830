package org.relman.platform.adapter.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;

/**
 * Turns Jira's {@link Issue} and {@link ApplicationUser} into relman's {@link IssueRef} and
 * {@link UserRef} — the one converter every Jira-facing adapter (directory, workflow modules, JQL
 * functions) uses, so they all identify people by Jira's stable user key, never by login name.
 */
@Named
public class JiraRefs {
    private final UserManager userManager;

    @Inject
    public JiraRefs(UserManager userManager) {
        this.userManager = userManager;
    }

    public IssueRef issue(Issue issue) {
        Project project = issue.getProjectObject();
        String issueType = issue.getIssueType() == null ? "" : issue.getIssueType().getName();
        return new IssueRef(issue.getId() == null ? 0L : issue.getId(), issue.getKey(),
                project == null ? null : project.getKey(), issueType, issue.getSummary(),
                issue.getReporterId(), issue.getAssigneeId());
    }

    /** The user, or empty for an anonymous caller. */
    public Optional<UserRef> user(ApplicationUser user) {
        if (user == null) {
            return Optional.empty();
        }
        return Optional.of(new UserRef(user.getKey(), user.getUsername(), user.getDisplayName()));
    }

    /** Jira's user behind a relman user, if it still exists. */
    public Optional<ApplicationUser> applicationUser(UserRef user) {
        return user == null ? Optional.empty() : Optional.ofNullable(userManager.getUserByKey(user.key()));
    }
}
