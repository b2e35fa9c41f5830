package org.relman.change.adapter.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import java.util.Map;
import javax.inject.Inject;
import org.relman.change.app.ChangeGate;
import org.relman.platform.adapter.jira.JiraRefs;
import org.relman.platform.domain.Verdict;

/**
 * Validator "CAB decision is approved": the transition goes through only when change management
 * says the RFC is approved — by the CAB, or as a pre-approved standard change. Otherwise Jira shows
 * change management's own reason, e.g. "rejected: 1 of 5 approved, vetoed by Security".
 */
public class CabDecisionApprovedValidator implements Validator {
    private final ChangeGate changeGate;
    private final JiraRefs refs;

    @Inject
    public CabDecisionApprovedValidator(ChangeGate changeGate, JiraRefs refs) {
        this.changeGate = changeGate;
        this.refs = refs;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Issue issue = TransitionIssue.from(transientVars, TransitionIssue.ISSUE, TransitionIssue.ORIGINAL_ISSUE);
        if (issue == null) {
            throw new InvalidInputException("relman cannot check the CAB decision: Jira passed no issue to the validator.");
        }
        Verdict verdict = changeGate.cabApproved(refs.issue(issue));
        if (verdict.refused()) {
            throw new InvalidInputException(verdict.reason());
        }
    }
}
