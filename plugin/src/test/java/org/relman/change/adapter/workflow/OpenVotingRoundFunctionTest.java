package org.relman.change.adapter.workflow;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.util.UserManager;
import com.opensymphony.workflow.WorkflowException;
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
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.UserRef;

@ExtendWith(MockitoExtension.class)
class OpenVotingRoundFunctionTest {
    private static final UserRef RITA = new UserRef("JIRAUSER10001", "rita", "Rita Requester");
    private static final IssueRef RFC = new IssueRef(10500L, "CHG-7", "CHG", "RFC", "Patch the CRM database",
            "JIRAUSER10001", "JIRAUSER10002");

    @Mock
    ChangeGate changeGate;
    @Mock
    UserManager userManager;
    @Mock
    WorkflowCallers callers;

    private Map<String, Object> transientVars;
    private OpenVotingRoundFunction function;

    @BeforeEach
    void setUp() {
        MutableIssue issue = JiraFixtures.issue(10500L, "CHG-7", "RFC");
        transientVars = Map.of("issue", issue);
        function = new OpenVotingRoundFunction(changeGate, new JiraRefs(userManager), callers);
    }

    @Test
    void submittingAsksChangeManagementToOpenARoundForWhoeverSubmitted() throws Exception {
        when(callers.caller(transientVars, Map.of())).thenReturn(Optional.of(RITA));
        when(changeGate.onSubmitted(RFC, RITA)).thenReturn("voting round 1 opened for CAB Operations");

        function.execute(transientVars, Map.of(), null);

        verify(changeGate).onSubmitted(RFC, RITA);
    }

    @Test
    void aStandardChangeIsPassedOnTooForChangeManagementToRecordTheSkip() {
        when(callers.caller(transientVars, Map.of())).thenReturn(Optional.of(RITA));
        when(changeGate.onSubmitted(RFC, RITA)).thenReturn("standard change STD-042 from the catalogue: skips the CAB");

        assertThatCode(() -> function.execute(transientVars, Map.of(), null)).doesNotThrowAnyException();
    }

    @Test
    void aProblemTheUserCanFixReachesThemInWords() {
        when(callers.caller(transientVars, Map.of())).thenReturn(Optional.of(RITA));
        when(changeGate.onSubmitted(RFC, RITA)).thenThrow(new NotFoundException("No CAB is configured for project CHG."));

        assertThatThrownBy(() -> function.execute(transientVars, Map.of(), null))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("No CAB is configured for project CHG.");
    }

    @Test
    void withoutACallerNoRoundIsOpened() {
        when(callers.caller(transientVars, Map.of())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> function.execute(transientVars, Map.of(), null))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("nobody is named");
        verifyNoInteractions(changeGate);
    }
}
