package org.relman.cmdb.domain;

import java.util.Locale;
import java.util.Objects;
import org.relman.platform.domain.IssueRef;

/** The release or RFC that caused a change to the CMDB, as the history keeps it. */
public record Cause(long issueId, String issueKey, Kind kind) {
    /** A Jira issue of type "Release" is a release; any other issue counts as the RFC behind the change. */
    public enum Kind { RFC, RELEASE }

    public Cause {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(kind, "kind");
    }

    public static Cause of(IssueRef issue) {
        Kind kind = "release".equals(issue.issueType().strip().toLowerCase(Locale.ROOT)) ? Kind.RELEASE : Kind.RFC;
        return new Cause(issue.id(), issue.key(), kind);
    }
}
