package org.relman.change.adapter.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.util.UserManager;
import com.opensymphony.workflow.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relman.change.app.ChangeGate;
import org.relman.platform.adapter.jira.JiraFixtures;
import org.relman.platform.adapter.jira.JiraRefs;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.Verdict;

@ExtendWith(MockitoExtension.class)
class CabDecisionApprovedValidatorTest {
    private static final IssueRef RFC = new IssueRef(10500L, "CHG-7", "CHG", "RFC", "Patch the CRM database",
            "JIRAUSER10001", "JIRAUSER10002");

    @Mock
    ChangeGate changeGate;
    @Mock
    UserManager userManager;

    private MutableIssue issue;
    private CabDecisionApprovedValidator validator;

    @BeforeEach
    void setUp() {
        issue = JiraFixtures.issue(10500L, "CHG-7", "RFC");
        validator = new CabDecisionApprovedValidator(changeGate, new JiraRefs(userManager));
    }

    @Test
    void anApprovedRfcPasses() {
        when(changeGate.cabApproved(RFC)).thenReturn(Verdict.allow());

        assertThatCode(() -> validator.validate(Map.of("issue", issue), Map.of(), null)).doesNotThrowAnyException();
    }

    @Test
    void aRefusalShowsChangeManagementsReasonUnchanged() {
        when(changeGate.cabApproved(RFC)).thenReturn(Verdict.refuse("rejected: 1 of 5 approved, vetoed by Security"));

        InvalidInputException refusal = catchThrowableOfType(
                () -> validator.validate(Map.of("issue", issue), Map.of(), null), InvalidInputException.class);

        assertThat(refusal).hasMessage("rejected: 1 of 5 approved, vetoed by Security");
        assertThat(refusal.getGenericErrors()).containsExactly("rejected: 1 of 5 approved, vetoed by Security");
    }

    @Test
    void withoutAnIssueTheTransitionIsStoppedWithAReason() {
        InvalidInputException refusal = catchThrowableOfType(() -> validator.validate(Map.of(), Map.of(), null),
                InvalidInputException.class);

        assertThat(refusal).hasMessageContaining("passed no issue");
        verifyNoInteractions(changeGate);
    }
}
