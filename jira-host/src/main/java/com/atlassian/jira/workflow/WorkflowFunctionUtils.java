package com.atlassian.jira.workflow;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Map;

/**
 * Compile-only mirror (see MIRRORS.md): every method throws; the constructor does not, because
 * relman's workflow modules extend this class's subclasses. The deprecated getCaller/getCallerName
 * and the ORIGINAL_ISSUE_KEY constant are not mirrored (relman uses the literal key).
 */
@SuppressWarnings("rawtypes")
public class WorkflowFunctionUtils {

    protected ApplicationUser getCallerUser(Map transientVars, Map args) {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    public static String getCallerKey(Map transientVars, Map args) {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    public static ApplicationUser getCallerUserFromArgs(Map transientVars, Map args) {
        throw new UnsupportedOperationException("compile-only mirror");
    }
}
