package org.relman.platform.adapter.web;

import java.util.Map;
import java.util.Optional;
import org.relman.platform.domain.IssueRef;

/**
 * The issue a view-issue web panel or condition is about, read from the context Jira hands it (its
 * {@code issue} entry). In Jira: an {@code .adapter.jira} component over {@code com.atlassian.jira.issue.Issue};
 * in the sandbox: the sandbox's own issue store.
 */
public interface ViewedIssues {

    /** The issue in a web-fragment context, when there is one and the viewer may see it. */
    Optional<IssueRef> issueIn(Map<String, Object> webContext);
}
