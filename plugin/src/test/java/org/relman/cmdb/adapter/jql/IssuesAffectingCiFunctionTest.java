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
class IssuesAffectingCiFunctionTest {
    @Mock
    AffectedCiSearch search;

    @Test
    void findsTheIssuesNamingTheCiWhateverCaseTheKeyIsTypedIn() {
        FunctionOperand call = new FunctionOperand("issuesAffectingCi", " crm-db ");
        when(search.issuesAffecting("CRM-DB")).thenReturn(List.of(10500L, 10700L));

        IssuesAffectingCiFunction function = new IssuesAffectingCiFunction(search);

        assertThat(function.validate(null, call, null).hasAnyErrors()).isFalse();
        assertThat(function.getValues(null, call, null)).containsExactly(new QueryLiteral(call, 10500L), new QueryLiteral(call, 10700L));
        assertThat(function.getDataType()).isSameAs(JiraDataTypes.ISSUE);
    }

    @Test
    void aKeyThatCannotBeACiKeyIsRefusedWithTheRule() {
        IssuesAffectingCiFunction function = new IssuesAffectingCiFunction(search);
        FunctionOperand call = new FunctionOperand("issuesAffectingCi", "CRM DB; DROP");

        assertThat(function.validate(null, call, null).getErrorMessages()).singleElement().asString()
                .startsWith("issuesAffectingCi(): key must be at most 64 letters, digits, '.', '_' or '-'")
                .endsWith("(it is \"CRM DB; DROP\").");
        assertThat(function.getValues(null, call, null)).isEmpty();
        assertThat(function.validate(null, new FunctionOperand("issuesAffectingCi", " "), null).getErrorMessages())
                .singleElement().asString().contains("key (the configuration item's key, e.g. \"CRM-DB\") is required");
        assertThat(function.validate(null, new FunctionOperand("issuesAffectingCi", "A".repeat(65)), null).hasAnyErrors()).isTrue();
        assertThat(function.validate(null, new FunctionOperand("issuesAffectingCi"), null).getErrorMessages())
                .singleElement().asString().contains("needs exactly one argument");
        verifyNoInteractions(search);
    }
}
