package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.util.List;

/** Compile-only mirror (see MIRRORS.md): a JQL function plugin module. */
public interface JqlFunction {

    void init(JqlFunctionModuleDescriptor moduleDescriptor);

    MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause);

    List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand, TerminalClause terminalClause);

    int getMinimumNumberOfExpectedArguments();

    JiraDataType getDataType();

    String getFunctionName();

    boolean isList();
}
