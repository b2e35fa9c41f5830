package org.relman.change.adapter.jira;

/** The names of the issue types relman creates; relman finds them again by these names. */
public final class RfcIssueTypes {
    public static final String RFC = "RFC";
    public static final String RELEASE = "Release";

    private RfcIssueTypes() {
    }
}
