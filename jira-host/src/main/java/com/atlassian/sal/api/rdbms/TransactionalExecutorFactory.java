package com.atlassian.sal.api.rdbms;

/**
 * Compile-only mirror (see MIRRORS.md). In SAL these three are default methods ({@code create()} is
 * {@code createExecutor(false, false)}, {@code createReadOnly()} is {@code createExecutor(true, false)}); callers
 * link to them the same way whether they are default or abstract. The deprecated no-argument
 * {@code createExecutor()} is left out.
 */
public interface TransactionalExecutorFactory {

    TransactionalExecutor create();

    TransactionalExecutor createReadOnly();

    TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew);
}
