package com.atlassian.sal.api.rdbms;

/**
 * Compile-only mirror (see MIRRORS.md). {@code getSchemaName()} is left out: it returns
 * {@code io.atlassian.fugue.Option}, which is not on this classpath.
 */
public interface TransactionalExecutor {

    <A> A execute(ConnectionCallback<A> callback);

    TransactionalExecutor readOnly();

    TransactionalExecutor readWrite();

    TransactionalExecutor newTransaction();

    TransactionalExecutor existingTransaction();
}
