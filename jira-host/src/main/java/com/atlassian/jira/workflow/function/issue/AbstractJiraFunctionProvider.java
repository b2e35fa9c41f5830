package com.atlassian.jira.workflow.function.issue;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.workflow.WorkflowFunctionUtils;
import com.opensymphony.workflow.FunctionProvider;
import java.util.Map;

/** Compile-only mirror (see MIRRORS.md): base class of post-functions; getIssue throws here. */
@SuppressWarnings("rawtypes")
public abstract class AbstractJiraFunctionProvider extends WorkflowFunctionUtils implements FunctionProvider {

    protected MutableIssue getIssue(Map transientVars) {
        throw new UnsupportedOperationException("compile-only mirror");
    }
}
