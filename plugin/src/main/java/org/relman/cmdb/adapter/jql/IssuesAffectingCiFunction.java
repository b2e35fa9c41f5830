package org.relman.cmdb.adapter.jql;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.relman.cmdb.app.AffectedCiSearch;
import org.relman.platform.adapter.jira.JqlResults;

/** {@code issue in issuesAffectingCi("CRM-DB")}: the RFCs and releases that name this configuration item as affected. */
public class IssuesAffectingCiFunction extends AbstractJqlFunction {
    private final AffectedCiSearch search;

    @Inject
    public IssuesAffectingCiFunction(AffectedCiSearch search) {
        this.search = search;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        if (args.size() != 1) {
            return JqlResults.errors(List.of(JqlResults.call(operand)
                    + " needs exactly one argument, the configuration item's key (it has " + args.size() + ")."));
        }
        return JqlResults.errors(CiArguments.keyError(operand, args.get(0)).stream().toList());
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        Optional<String> key = args.size() == 1 ? CiArguments.key(args.get(0)) : Optional.empty();
        return key.map(k -> JqlResults.issueIds(operand, search.issuesAffecting(k))).orElse(List.of());
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}
