package com.atlassian.jira.workflow.condition;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.workflow.WorkflowFunctionUtils;
import com.opensymphony.workflow.Condition;
import java.util.Map;

/**
 * Compile-only mirror (see MIRRORS.md): base class of workflow conditions; getIssue throws here.
 * Not the deprecated web-fragment class of the same simple name.
 */
@SuppressWarnings("rawtypes")
public abstract class AbstractJiraCondition extends WorkflowFunctionUtils implements Condition {

    protected Issue getIssue(Map transientVars) {
        throw new UnsupportedOperationException("compile-only mirror");
    }
}
