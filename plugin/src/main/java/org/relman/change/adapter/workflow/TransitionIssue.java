package org.relman.change.adapter.workflow;

import com.atlassian.jira.issue.Issue;
import java.util.Map;

/** Where Jira puts the issue a workflow module is looking at. */
final class TransitionIssue {
    /** The issue being transitioned (a MutableIssue), for validators and post-functions. */
    static final String ISSUE = "issue";
    /** The issue as it was before the transition, which conditions read (Jira's WorkflowFunctionUtils.ORIGINAL_ISSUE_KEY). */
    static final String ORIGINAL_ISSUE = "originalissueobject";

    private TransitionIssue() {
    }

    @SuppressWarnings("rawtypes")
    static Issue from(Map transientVars, String... keys) {
        for (String key : keys) {
            if (transientVars != null && transientVars.get(key) instanceof Issue issue) {
                return issue;
            }
        }
        return null;
    }
}
