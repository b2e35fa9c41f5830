package org.relman.platform.adapter.jira;

import com.atlassian.jira.workflow.WorkflowFunctionUtils;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.platform.domain.UserRef;

/**
 * Who is running a workflow transition. Jira's helper is static, so relman's workflow modules ask
 * this small component instead — which tests can replace — rather than the request's user: a
 * transition may run for someone else (automation, bulk change).
 */
@Named
public class WorkflowCallers {
    private final JiraRefs refs;

    @Inject
    public WorkflowCallers(JiraRefs refs) {
        this.refs = refs;
    }

    @SuppressWarnings("rawtypes")
    public Optional<UserRef> caller(Map transientVars, Map args) {
        return refs.user(WorkflowFunctionUtils.getCallerUserFromArgs(transientVars, args));
    }
}
