package org.relman.change.adapter.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.query.operand.FunctionOperand;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relman.change.app.RfcSearch;
import org.relman.change.domain.DecisionOutcome;

@ExtendWith(MockitoExtension.class)
class RfcsByCabDecisionFunctionTest {
    @Mock
    RfcSearch rfcSearch;

    private RfcsByCabDecisionFunction function() {
        return new RfcsByCabDecisionFunction(rfcSearch);
    }

    @ParameterizedTest
    @CsvSource({"approved, APPROVED", "Rejected, REJECTED", "PENDING, PENDING", "more-information-needed, MORE_INFORMATION_NEEDED",
            "more_information_needed, MORE_INFORMATION_NEEDED", "'more information needed', MORE_INFORMATION_NEEDED"})
    void findsTheRfcsWithThatLatestDecision(String argument, DecisionOutcome outcome) {
        FunctionOperand call = new FunctionOperand("rfcsByCabDecision", argument);
        when(rfcSearch.withDecision(outcome)).thenReturn(List.of(10500L));

        assertThat(function().validate(null, call, null).hasAnyErrors()).isFalse();
        assertThat(function().getValues(null, call, null)).containsExactly(new QueryLiteral(call, 10500L));
    }

    @Test
    void anUnknownDecisionIsRefusedNamingTheAllowedOnes() {
        FunctionOperand call = new FunctionOperand("rfcsByCabDecision", "approvd");

        assertThat(function().validate(null, call, null).getErrorMessages()).containsExactly(
                "rfcsByCabDecision(): decision must be one of \"approved\", \"rejected\", \"pending\", \"more-information-needed\" (it is \"approvd\").");
        assertThat(function().getValues(null, call, null)).isEmpty();
        verifyNoInteractions(rfcSearch);
    }

    @Test
    void needsExactlyOneDecision() {
        assertThat(function().validate(null, new FunctionOperand("rfcsByCabDecision"), null).getErrorMessages())
                .singleElement().asString().contains("needs exactly one argument, the decision").contains("(it has 0)");
        assertThat(function().validate(null, new FunctionOperand("rfcsByCabDecision", "approved", "rejected"), null).getErrorMessages())
                .singleElement().asString().contains("(it has 2)");
    }

    @Test
    void returnsIssues() {
        assertThat(function().getDataType()).isSameAs(JiraDataTypes.ISSUE);
        assertThat(function().getMinimumNumberOfExpectedArguments()).isEqualTo(1);
    }
}
