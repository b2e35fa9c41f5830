package org.relman.host.rdbms;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * SAL's {@link TransactionalExecutorFactory} over a plain DataSource, for tests and the sandbox. It behaves as Jira's
 * does where plugin code can tell:
 * <ul>
 *   <li>{@code execute} hands the callback a connection with auto-commit off, commits when the callback returns and
 *       rolls back (rethrowing unchanged) when it throws;</li>
 *   <li>the connection refuses {@code commit}, {@code rollback}, {@code setAutoCommit} and {@code close} with
 *       {@link UnsupportedOperationException}, as SAL's wrapped connection does: the executor owns the transaction;</li>
 *   <li>{@code existingTransaction()} (the default) joins an {@code execute} already running on this thread;
 *       {@code newTransaction()} always opens its own connection.</li>
 * </ul>
 * Failures to open, commit or roll back surface as {@link IllegalStateException} (Jira throws SAL's
 * {@code RdbmsException}, also unchecked).
 */
public final class DataSourceTransactionalExecutorFactory implements TransactionalExecutorFactory {

    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    public DataSourceTransactionalExecutorFactory(DataSource dataSource) {
        if (dataSource == null) {
            throw new IllegalArgumentException("dataSource must not be null");
        }
        this.dataSource = dataSource;
    }

    @Override
    public TransactionalExecutor create() {
        return createExecutor(false, false);
    }

    @Override
    public TransactionalExecutor createReadOnly() {
        return createExecutor(true, false);
    }

    @Override
    public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        return new Executor(readOnly, requiresNew);
    }

    private final class Executor implements TransactionalExecutor {
        private boolean readOnly;
        private boolean newTransaction;

        Executor(boolean readOnly, boolean newTransaction) {
            this.readOnly = readOnly;
            this.newTransaction = newTransaction;
        }

        @Override
        public <A> A execute(ConnectionCallback<A> callback) {
            Connection joined = current.get();
            if (joined != null && !newTransaction) {
                return callback.execute(SalConnection.wrap(joined));
            }
            return runOwn(callback, readOnly);
        }

        @Override
        public TransactionalExecutor readOnly() {
            readOnly = true;
            return this;
        }

        @Override
        public TransactionalExecutor readWrite() {
            readOnly = false;
            return this;
        }

        @Override
        public TransactionalExecutor newTransaction() {
            newTransaction = true;
            return this;
        }

        @Override
        public TransactionalExecutor existingTransaction() {
            newTransaction = false;
            return this;
        }
    }

    private <A> A runOwn(ConnectionCallback<A> callback, boolean readOnly) {
        Connection outer = current.get();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            boolean wasReadOnly = connection.isReadOnly();
            connection.setAutoCommit(false);
            connection.setReadOnly(readOnly);
            current.set(connection);
            try {
                A result = callback.execute(SalConnection.wrap(connection));
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                restore(outer);
                connection.setReadOnly(wasReadOnly);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database work failed: " + e.getMessage(), e);
        }
    }

    private void restore(Connection outer) {
        if (outer == null) {
            current.remove();
        } else {
            current.set(outer);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
