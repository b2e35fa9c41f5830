package org.relman.change.adapter.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.workflow.function.issue.AbstractJiraFunctionProvider;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.WorkflowException;
import java.util.Map;
import javax.inject.Inject;
import org.relman.change.app.ChangeGate;
import org.relman.platform.adapter.jira.JiraRefs;
import org.relman.platform.adapter.jira.WorkflowCallers;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.UserRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Post-function "open a voting round when an RFC is submitted". Change management decides what
 * that means: a new round for the CAB (the emergency CAB for an emergency change), or — for a
 * standard change from the pre-approved catalogue — no round, with the skip recorded. A refusal a
 * user can fix (no CAB configured, for instance) reaches them as Jira's workflow error, in words.
 */
public class OpenVotingRoundFunction extends AbstractJiraFunctionProvider {
    private static final Logger LOG = LoggerFactory.getLogger(OpenVotingRoundFunction.class);

    private final ChangeGate changeGate;
    private final JiraRefs refs;
    private final WorkflowCallers callers;

    @Inject
    public OpenVotingRoundFunction(ChangeGate changeGate, JiraRefs refs, WorkflowCallers callers) {
        this.changeGate = changeGate;
        this.refs = refs;
        this.callers = callers;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        Issue issue = TransitionIssue.from(transientVars, TransitionIssue.ISSUE);
        if (issue == null) {
            issue = getIssue(transientVars);
        }
        UserRef actor = callers.caller(transientVars, args).orElseThrow(() ->
                new WorkflowException("relman cannot open a voting round: nobody is named as running this transition."));
        try {
            String outcome = changeGate.onSubmitted(refs.issue(issue), actor);
            LOG.info("{} submitted by {}: {}", issue.getKey(), actor.name(), outcome);
        } catch (InvalidInputException | AccessDeniedException | NotFoundException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
    }
}
