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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.relman.change.app.RfcSearch;
import org.relman.change.domain.DecisionOutcome;
import org.relman.platform.adapter.jira.JqlResults;

/**
 * {@code issue in rfcsByCabDecision("approved")}: RFCs whose latest CAB decision is approved,
 * rejected, pending or more-information-needed. Case, spaces and underscores do not matter.
 */
public class RfcsByCabDecisionFunction extends AbstractJqlFunction {
    private static final Map<String, DecisionOutcome> DECISIONS = new LinkedHashMap<>();

    static {
        DECISIONS.put("approved", DecisionOutcome.APPROVED);
        DECISIONS.put("rejected", DecisionOutcome.REJECTED);
        DECISIONS.put("pending", DecisionOutcome.PENDING);
        DECISIONS.put("more-information-needed", DecisionOutcome.MORE_INFORMATION_NEEDED);
    }

    private final RfcSearch rfcSearch;

    @Inject
    public RfcsByCabDecisionFunction(RfcSearch rfcSearch) {
        this.rfcSearch = rfcSearch;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        if (args.size() != 1) {
            return JqlResults.errors(List.of(JqlResults.call(operand) + " needs exactly one argument, the decision: one of "
                    + allowed() + " (it has " + args.size() + ")."));
        }
        if (decision(args.get(0)).isEmpty()) {
            return JqlResults.errors(List.of(JqlResults.call(operand) + ": decision must be one of " + allowed()
                    + " (it is \"" + args.get(0) + "\")."));
        }
        return JqlResults.errors(List.of());
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        Optional<DecisionOutcome> decision = args.size() == 1 ? decision(args.get(0)) : Optional.empty();
        return decision.map(outcome -> JqlResults.issueIds(operand, rfcSearch.withDecision(outcome))).orElse(List.of());
    }

    static Optional<DecisionOutcome> decision(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Optional.ofNullable(DECISIONS.get(word));
    }

    private static String allowed() {
        return "\"" + String.join("\", \"", DECISIONS.keySet()) + "\"";
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
