package org.relman.cmdb.adapter.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.query.operand.FunctionOperand;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relman.cmdb.app.AffectedCiSearch;

@ExtendWith(MockitoExtension.class)
class IssuesImpactingCiFunctionTest {
    @Mock
    AffectedCiSearch search;

    private IssuesImpactingCiFunction function() {
        return new IssuesImpactingCiFunction(search);
    }

    @Test
    void searchesToTheGivenDepth() {
        FunctionOperand call = new FunctionOperand("issuesImpactingCi", "CRM-DB", "3");
        when(search.issuesImpacting("CRM-DB", 3)).thenReturn(List.of(10500L));

        assertThat(function().validate(null, call, null).hasAnyErrors()).isFalse();
        assertThat(function().getValues(null, call, null)).containsExactly(new QueryLiteral(call, 10500L));
        assertThat(function().getDataType()).isSameAs(JiraDataTypes.ISSUE);
    }

    @Test
    void withoutADepthSearchesToTheDefault() {
        FunctionOperand call = new FunctionOperand("issuesImpactingCi", "crm-db");
        when(search.issuesImpacting("CRM-DB", CiArguments.DEFAULT_DEPTH)).thenReturn(List.of(10500L, 10600L));

        assertThat(function().getValues(null, call, null)).extracting(QueryLiteral::getLongValue).containsExactly(10500L, 10600L);
    }

    @Test
    void everyBadArgumentIsNamedWithItsRule() {
        FunctionOperand call = new FunctionOperand("issuesImpactingCi", "", "deep");

        assertThat(function().validate(null, call, null).getErrorMessages()).containsExactly(
                "issuesImpactingCi(): key (the configuration item's key, e.g. \"CRM-DB\") is required.",
                "issuesImpactingCi(): depth must be a whole number from 1 to 10 (it is \"deep\").");
        assertThat(function().validate(null, new FunctionOperand("issuesImpactingCi", "CRM-DB", "11"), null).getErrorMessages())
                .containsExactly("issuesImpactingCi(): depth must be a whole number from 1 to 10 (it is \"11\").");
        assertThat(function().validate(null, new FunctionOperand("issuesImpactingCi", "CRM-DB", "0"), null).hasAnyErrors()).isTrue();
        assertThat(function().validate(null, new FunctionOperand("issuesImpactingCi", "A", "1", "2"), null).getErrorMessages())
                .singleElement().asString().contains("needs the configuration item's key and, optionally, a depth");
        assertThat(function().getValues(null, call, null)).isEmpty();
        verifyNoInteractions(search);
    }
}
