package com.atlassian.jira.issue.context;

/**
 * Mirror of Jira's global custom-field context (see MIRRORS.md). Like the real class it is a
 * singleton context node, so tests can create custom fields in it; only the static factory is
 * mirrored. The real class extends AbstractJiraContext.
 */
public class GlobalIssueContext implements JiraContextNode {

    private static final GlobalIssueContext INSTANCE = new GlobalIssueContext();

    private GlobalIssueContext() {
    }

    public static JiraContextNode getInstance() {
        return INSTANCE;
    }

    @Override
    public String toString() {
        return "Global Context";
    }
}
