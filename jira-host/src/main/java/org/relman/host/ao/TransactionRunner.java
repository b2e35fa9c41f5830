package org.relman.host.ao;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.ActiveObjectsException;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code executeInTransaction} semantics: the outermost call on a thread opens one connection, turns auto-commit off
 * and binds it, so everything the EntityManager does inside runs on it; it commits when the callback returns and
 * rolls back when it throws, rethrowing the callback's exception unchanged. A nested call joins the outer
 * transaction; if a nested callback throws, the whole transaction is marked rollback-only (as Spring's REQUIRED
 * propagation does), so an outer callback that swallows the exception gets a rollback and an
 * {@link IllegalStateException} instead of a half-done commit.
 */
final class TransactionRunner {

    /** The state of the transaction open on this thread. */
    private static final class Frame {
        private Throwable rollbackOnlyCause;
    }

    private final ThreadBoundDataSource dataSource;
    private final ThreadLocal<Frame> current = new ThreadLocal<>();

    TransactionRunner(ThreadBoundDataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T run(TransactionCallback<T> callback) {
        Frame frame = current.get();
        return frame == null ? runOutermost(callback) : runNested(frame, callback);
    }

    private <T> T runNested(Frame frame, TransactionCallback<T> callback) {
        try {
            return callback.doInTransaction();
        } catch (Throwable t) {
            if (frame.rollbackOnlyCause == null) {
                frame.rollbackOnlyCause = t;
            }
            throw t;
        }
    }

    private <T> T runOutermost(TransactionCallback<T> callback) {
        Connection connection = open();
        Frame frame = new Frame();
        boolean restoreAutoCommit = false;
        try {
            restoreAutoCommit = beginOn(connection);
            current.set(frame);
            dataSource.bind(connection);
            T result;
            try {
                result = callback.doInTransaction();
            } catch (Throwable t) {
                rollback(connection, t);
                throw t;
            }
            if (frame.rollbackOnlyCause != null) {
                IllegalStateException marked = new IllegalStateException("Transaction rolled back: a nested "
                        + "executeInTransaction callback threw and the outer callback carried on",
                        frame.rollbackOnlyCause);
                rollback(connection, marked);
                throw marked;
            }
            commit(connection);
            return result;
        } finally {
            current.remove();
            dataSource.unbind();
            release(connection, restoreAutoCommit);
        }
    }

    private Connection open() {
        try {
            return dataSource.openUnbound();
        } catch (SQLException e) {
            throw new ActiveObjectsException("Could not open a connection for a transaction", e);
        }
    }

    private static boolean beginOn(Connection connection) {
        try {
            if (connection.getAutoCommit()) {
                connection.setAutoCommit(false);
                return true;
            }
            return false;
        } catch (SQLException e) {
            throw new ActiveObjectsException("Could not start a transaction", e);
        }
    }

    private static void commit(Connection connection) {
        try {
            connection.commit();
        } catch (SQLException e) {
            ActiveObjectsException failure = new ActiveObjectsException("Commit failed: " + e.getMessage(), e);
            rollback(connection, failure);
            throw failure;
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void release(Connection connection, boolean restoreAutoCommit) {
        try {
            if (restoreAutoCommit) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // the connection is closed next; a pool resets auto-commit itself
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more can be done with a connection that will not close
            }
        }
    }
}
