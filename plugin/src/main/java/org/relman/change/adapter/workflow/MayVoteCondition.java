package org.relman.change.adapter.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.workflow.condition.AbstractJiraCondition;
import com.opensymphony.module.propertyset.PropertySet;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.relman.change.app.ChangeGate;
import org.relman.platform.adapter.jira.JiraRefs;
import org.relman.platform.adapter.jira.WorkflowCallers;
import org.relman.platform.domain.UserRef;
import org.relman.platform.domain.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Condition "current user may vote": shows the transition only to someone change management lets
 * vote on this RFC now (a CAB member or deputy, not its requester, change owner or assignee, with a
 * round open). Jira cannot show a condition's reason; it is logged at debug level, and the CAB panel
 * and the REST API give the same reason from the same policy.
 */
public class MayVoteCondition extends AbstractJiraCondition {
    private static final Logger LOG = LoggerFactory.getLogger(MayVoteCondition.class);

    private final ChangeGate changeGate;
    private final JiraRefs refs;
    private final WorkflowCallers callers;

    @Inject
    public MayVoteCondition(ChangeGate changeGate, JiraRefs refs, WorkflowCallers callers) {
        this.changeGate = changeGate;
        this.refs = refs;
        this.callers = callers;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        Optional<UserRef> user = callers.caller(transientVars, args);
        if (user.isEmpty()) {
            return false;
        }
        Issue issue = TransitionIssue.from(transientVars, TransitionIssue.ORIGINAL_ISSUE, TransitionIssue.ISSUE);
        if (issue == null) {
            issue = getIssue(transientVars);
        }
        if (issue == null) {
            return false;
        }
        Verdict verdict = changeGate.mayVote(user.get(), refs.issue(issue));
        if (verdict.refused()) {
            LOG.debug("{} may not vote on {}: {}", user.get().name(), issue.getKey(), verdict.reason());
        }
        return verdict.allowed();
    }
}
