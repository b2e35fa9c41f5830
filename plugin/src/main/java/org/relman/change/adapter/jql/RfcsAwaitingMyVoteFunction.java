package org.relman.change.adapter.jql;

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
import org.relman.change.app.RfcSearch;
import org.relman.platform.adapter.jira.JiraRefs;
import org.relman.platform.adapter.jira.JqlResults;
import org.relman.platform.domain.UserRef;

/**
 * {@code issue in rfcsAwaitingMyVote()}: RFCs with an open voting round in which the person
 * searching (or the member they deputise for) may still vote. Anonymous searches find nothing.
 */
public class RfcsAwaitingMyVoteFunction extends AbstractJqlFunction {
    private final RfcSearch rfcSearch;
    private final JiraRefs refs;

    @Inject
    public RfcsAwaitingMyVoteFunction(RfcSearch rfcSearch, JiraRefs refs) {
        this.rfcSearch = rfcSearch;
        this.refs = refs;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> errors = new ArrayList<>();
        if (!operand.getArgs().isEmpty()) {
            errors.add(JqlResults.call(operand) + " takes no arguments: it always means the person searching (remove "
                    + operand.getArgs().size() + " argument(s)).");
        }
        return JqlResults.errors(errors);
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand, TerminalClause terminalClause) {
        Optional<UserRef> searcher = refs.user(context == null ? null : context.getApplicationUser());
        if (searcher.isEmpty()) {
            return List.of();
        }
        return JqlResults.issueIds(operand, rfcSearch.awaitingVoteOf(searcher.get()));
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 0;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}
