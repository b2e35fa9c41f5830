package org.relman.platform.adapter.jira;

import com.atlassian.jira.issue.Issue;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.platform.adapter.web.ViewedIssues;
import org.relman.platform.domain.IssueRef;

/**
 * Jira's answer to "which issue is this panel on": the {@link Issue} Jira puts under {@code issue} in a
 * view-issue web fragment's context. Jira renders the issue view only for viewers who may browse the issue,
 * so no second permission check is made here; the use case behind the panel checks its own rules.
 */
@Named
public class JiraViewedIssues implements ViewedIssues {
    private final JiraRefs refs;

    @Inject
    public JiraViewedIssues(JiraRefs refs) {
        this.refs = refs;
    }

    @Override
    public Optional<IssueRef> issueIn(Map<String, Object> webContext) {
        Object issue = webContext == null ? null : webContext.get("issue");
        if (issue instanceof Issue jiraIssue && jiraIssue.getKey() != null) {
            return Optional.of(refs.issue(jiraIssue));
        }
        return Optional.empty();
    }
}
