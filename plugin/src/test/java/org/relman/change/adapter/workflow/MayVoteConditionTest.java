package org.relman.change.adapter.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.util.UserManager;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relman.change.app.ChangeGate;
import org.relman.platform.adapter.jira.JiraFixtures;
import org.relman.platform.adapter.jira.JiraRefs;
import org.relman.platform.adapter.jira.WorkflowCallers;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;
import org.relman.platform.domain.Verdict;

@ExtendWith(MockitoExtension.class)
class MayVoteConditionTest {
    private static final UserRef CARL = new UserRef("JIRAUSER10100", "carl", "Carl CAB");
    private static final UserRef RITA = new UserRef("JIRAUSER10001", "rita", "Rita Requester");
    private static final IssueRef RFC = new IssueRef(10500L, "CHG-7", "CHG", "RFC", "Patch the CRM database",
            "JIRAUSER10001", "JIRAUSER10002");

    @Mock
    ChangeGate changeGate;
    @Mock
    UserManager userManager;
    @Mock
    WorkflowCallers callers;

    private MutableIssue issue;
    private Map<String, Object> transientVars;
    private MayVoteCondition condition;

    @BeforeEach
    void setUp() {
        issue = JiraFixtures.issue(10500L, "CHG-7", "RFC");
        transientVars = Map.of("originalissueobject", issue);
        condition = new MayVoteCondition(changeGate, new JiraRefs(userManager), callers);
    }

    @Test
    void aCabMemberWhoMayVoteSeesTheTransition() {
        when(callers.caller(transientVars, Map.of())).thenReturn(Optional.of(CARL));
        when(changeGate.mayVote(CARL, RFC)).thenReturn(Verdict.allow());

        assertThat(condition.passesCondition(transientVars, Map.of(), null)).isTrue();
    }

    @Test
    void theRequesterDoesNotForTheReasonTheGateGives() {
        when(callers.caller(transientVars, Map.of())).thenReturn(Optional.of(RITA));
        when(changeGate.mayVote(RITA, RFC)).thenReturn(Verdict.refuse("You requested CHG-7, so you cannot vote on it."));

        assertThat(condition.passesCondition(transientVars, Map.of(), null)).isFalse();
    }

    @Test
    void anAnonymousCallerNeverDoes() {
        when(callers.caller(transientVars, Map.of())).thenReturn(Optional.empty());

        assertThat(condition.passesCondition(transientVars, Map.of(), null)).isFalse();
        verifyNoInteractions(changeGate);
    }

    @Test
    void readsTheIssueAsItWasBeforeTheTransitionWhenJiraGivesBoth() {
        MutableIssue edited = JiraFixtures.issue(10500L, "CHG-7", "Bug");
        Map<String, Object> both = Map.of("originalissueobject", issue, "issue", edited);
        when(callers.caller(both, Map.of())).thenReturn(Optional.of(CARL));
        when(changeGate.mayVote(CARL, RFC)).thenReturn(Verdict.allow());

        assertThat(condition.passesCondition(both, Map.of(), null)).isTrue();
    }
}
