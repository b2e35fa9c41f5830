package org.relman.host.ao;

import net.java.ao.DisposableDataSource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.relman.host.jdbc.DelegatingDataSource;

/**
 * The DataSource the EntityManager sees. Outside a transaction it hands out the caller's connections as they are;
 * while {@link #bind(Connection)} holds a connection for the current thread it hands out that one connection,
 * wrapped so that AO's {@code close()} after each statement leaves it open. This is how Jira lets AO work join the
 * surrounding transaction, and it leaves the isolation level as the pool configured it (AO's own
 * {@code net.java.ao.Transaction} would force SERIALIZABLE).
 */
final class ThreadBoundDataSource extends DelegatingDataSource implements DisposableDataSource {

    private final ThreadLocal<Connection> bound = new ThreadLocal<>();

    ThreadBoundDataSource(DataSource delegate) {
        super(delegate);
    }

    Connection openUnbound() throws SQLException {
        return delegate.getConnection();
    }

    boolean hasBoundConnection() {
        return bound.get() != null;
    }

    void bind(Connection connection) {
        if (bound.get() != null) {
            throw new IllegalStateException("a transaction is already bound to this thread");
        }
        bound.set(connection);
    }

    void unbind() {
        bound.remove();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = bound.get();
        return connection == null ? delegate.getConnection() : closeShielded(connection);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Connection connection = bound.get();
        return connection == null ? delegate.getConnection(username, password) : closeShielded(connection);
    }

    /** Never closes the caller's DataSource: the caller owns it. */
    @Override
    public void dispose() {
    }

    private static Connection closeShielded(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                ThreadBoundDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            return null;
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        default:
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }
}
