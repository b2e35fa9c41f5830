package org.relman.change.adapter.jira;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;

/** Creates an issue type unless one of that name exists, with Jira's default issue-type icon. */
@Named
public class JiraIssueTypeSetup {
    /** The application property holding the id of Jira's default issue-type avatar (Jira's APKeys). */
    static final String DEFAULT_AVATAR_PROPERTY = "jira.avatar.issuetype.default.id";

    private final IssueTypeManager issueTypeManager;
    private final ApplicationProperties applicationProperties;

    @Inject
    public JiraIssueTypeSetup(IssueTypeManager issueTypeManager,
                              ApplicationProperties applicationProperties) {
        this.issueTypeManager = issueTypeManager;
        this.applicationProperties = applicationProperties;
    }

    /** The issue type of that name, created if missing; empty (with the reason in the report) if it could not be. */
    public Optional<IssueType> ensure(String name, String description, SetupReport report) {
        Optional<IssueType> existing = find(name);
        if (existing.isPresent()) {
            report.found("issue type " + name);
            return existing;
        }
        Long avatarId = defaultAvatarId();
        if (avatarId == null) {
            report.problem("issue type " + name + " not created: Jira has no default issue-type icon ("
                    + DEFAULT_AVATAR_PROPERTY + "); create it in Administration > Issues > Issue types");
            return Optional.empty();
        }
        IssueType created = issueTypeManager.createIssueType(name, description, avatarId);
        report.created("issue type " + name);
        return Optional.ofNullable(created);
    }

    public Optional<IssueType> find(String name) {
        for (IssueType type : issueTypeManager.getIssueTypes()) {
            if (type != null && name.equalsIgnoreCase(type.getName())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private Long defaultAvatarId() {
        String value = applicationProperties.getString(DEFAULT_AVATAR_PROPERTY);
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
