package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.operand.FunctionOperand;

/**
 * Compile-only mirror (see MIRRORS.md): every implemented method throws; the constructor does not.
 * In Jira, init keeps the module descriptor and getFunctionName/isList read fname/list from it.
 * getI18n() is not mirrored.
 */
public abstract class AbstractJqlFunction implements JqlFunction {

    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    public JqlFunctionModuleDescriptor getModuleDescriptor() {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    protected MessageSet validateNumberOfArgs(FunctionOperand operand, int expected) {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    @Override
    public String getFunctionName() {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    @Override
    public boolean isList() {
        throw new UnsupportedOperationException("compile-only mirror");
    }
}
