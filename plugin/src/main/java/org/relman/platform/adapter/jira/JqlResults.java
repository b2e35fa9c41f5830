package org.relman.platform.adapter.jira;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.operand.FunctionOperand;
import java.util.ArrayList;
import java.util.List;

/** What relman's JQL functions hand back to Jira: issue ids as literals, and validation messages. */
public final class JqlResults {
    private JqlResults() {
    }

    /** Issue ids as Jira's literals of the ISSUE data type; Jira then shows only those the searcher may browse. */
    public static List<QueryLiteral> issueIds(FunctionOperand operand, List<Long> issueIds) {
        List<QueryLiteral> literals = new ArrayList<>(issueIds.size());
        for (Long id : issueIds) {
            if (id != null) {
                literals.add(new QueryLiteral(operand, id));
            }
        }
        return literals;
    }

    public static MessageSet errors(List<String> messages) {
        MessageSet set = new MessageSetImpl();
        messages.forEach(set::addErrorMessage);
        return set;
    }

    /** The function as the user typed it, for messages: {@code rfcsByCabDecision()}. */
    public static String call(FunctionOperand operand) {
        return operand.getName() + "()";
    }
}
