package org.relman.platform.domain;

import java.util.Objects;

/**
 * A Jira issue as relman's own code sees it. Only what relman's rules read: who asked for it and
 * who is working on it (segregation of duties), its type and where it lives.
 */
public record IssueRef(long id, String key, String projectKey, String issueType, String summary,
                       String reporterKey, String assigneeKey) {
    public IssueRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(issueType, "issueType");
    }
}
