package org.relman.change.app;

import java.util.Objects;
import org.relman.change.domain.Rfc;
import org.relman.platform.domain.IssueRef;

/** An RFC issue as a use case needs it: Jira's issue (reporter, assignee) and the RFC's own fields. */
public record RfcOnIssue(IssueRef issue, Rfc rfc) {
    public RfcOnIssue {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(rfc, "rfc");
    }

    public long id() {
        return issue.id();
    }

    public String key() {
        return issue.key();
    }
}
