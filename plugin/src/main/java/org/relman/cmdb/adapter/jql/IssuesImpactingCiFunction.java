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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.relman.cmdb.app.AffectedCiSearch;
import org.relman.platform.adapter.jira.JqlResults;

/**
 * {@code issue in issuesImpactingCi("CRM-DB", 3)}: issues whose affected CIs impact this CI — it is
 * downstream of one of them within the depth (default {@value CiArguments#DEFAULT_DEPTH}, at most
 * {@value CiArguments#MAX_DEPTH}).
 */
public class IssuesImpactingCiFunction extends AbstractJqlFunction {
    private final AffectedCiSearch search;

    @Inject
    public IssuesImpactingCiFunction(AffectedCiSearch search) {
        this.search = search;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        List<String> errors = new ArrayList<>();
        if (args.isEmpty() || args.size() > 2) {
            errors.add(JqlResults.call(operand) + " needs the configuration item's key and, optionally, a depth from 1 to "
                    + CiArguments.MAX_DEPTH + " (it has " + args.size() + " argument(s)).");
            return JqlResults.errors(errors);
        }
        CiArguments.keyError(operand, args.get(0)).ifPresent(errors::add);
        if (CiArguments.depth(args).isEmpty()) {
            errors.add(CiArguments.depthError(operand, args.get(1)));
        }
        return JqlResults.errors(errors);
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        if (args.isEmpty() || args.size() > 2) {
            return List.of();
        }
        Optional<String> key = CiArguments.key(args.get(0));
        Optional<Integer> depth = CiArguments.depth(args);
        if (key.isEmpty() || depth.isEmpty()) {
            return List.of();
        }
        return JqlResults.issueIds(operand, search.issuesImpacting(key.get(), depth.get()));
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
