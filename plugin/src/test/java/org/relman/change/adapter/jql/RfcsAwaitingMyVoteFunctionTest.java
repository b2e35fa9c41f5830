package org.relman.change.adapter.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.query.operand.FunctionOperand;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relman.change.app.RfcSearch;
import org.relman.platform.adapter.jira.JiraFixtures;
import org.relman.platform.adapter.jira.JiraRefs;
import org.relman.platform.domain.UserRef;

@ExtendWith(MockitoExtension.class)
class RfcsAwaitingMyVoteFunctionTest {
    private static final FunctionOperand CALL = new FunctionOperand("rfcsAwaitingMyVote");

    @Mock
    RfcSearch rfcSearch;
    @Mock
    UserManager userManager;
    @Mock
    QueryCreationContext context;

    private RfcsAwaitingMyVoteFunction function;

    @BeforeEach
    void setUp() {
        function = new RfcsAwaitingMyVoteFunction(rfcSearch, new JiraRefs(userManager));
    }

    @Test
    void findsTheRfcsThePersonSearchingMayStillVoteOn() {
        ApplicationUser carl = JiraFixtures.user("JIRAUSER10100", "carl", "Carl CAB");
        when(context.getApplicationUser()).thenReturn(carl);
        when(rfcSearch.awaitingVoteOf(new UserRef("JIRAUSER10100", "carl", "Carl CAB"))).thenReturn(List.of(10500L, 10502L));

        List<QueryLiteral> values = function.getValues(context, CALL, null);

        assertThat(values).extracting(QueryLiteral::getLongValue).containsExactly(10500L, 10502L);
        assertThat(values).containsExactly(new QueryLiteral(CALL, 10500L), new QueryLiteral(CALL, 10502L));
    }

    @Test
    void anAnonymousSearchFindsNothing() {
        when(context.getApplicationUser()).thenReturn(null);

        assertThat(function.getValues(context, CALL, null)).isEmpty();
        verifyNoInteractions(rfcSearch);
    }

    @Test
    void takesNoArgumentsAndSaysSo() {
        assertThat(function.validate(null, CALL, null).hasAnyErrors()).isFalse();
        assertThat(function.validate(null, new FunctionOperand("rfcsAwaitingMyVote", "carl"), null).getErrorMessages())
                .containsExactly("rfcsAwaitingMyVote() takes no arguments: it always means the person searching (remove 1 argument(s)).");
    }

    @Test
    void returnsIssues() {
        assertThat(function.getDataType()).isSameAs(JiraDataTypes.ISSUE);
        assertThat(function.getMinimumNumberOfExpectedArguments()).isZero();
    }
}
