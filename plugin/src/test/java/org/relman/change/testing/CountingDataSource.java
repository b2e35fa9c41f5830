package org.relman.change.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.relman.host.jdbc.DelegatingDataSource;

/**
 * A DataSource that counts the SQL statements executed through it and keeps their text, so a test can say
 * "building the panel runs N statements" and show which ones.
 */
public final class CountingDataSource extends DelegatingDataSource {
    private final List<String> executed = new CopyOnWriteArrayList<>();
    private volatile boolean counting;

    public CountingDataSource(DataSource delegate) {
        super(delegate);
    }

    /** Clears the record and starts counting. */
    public void start() {
        executed.clear();
        counting = true;
    }

    /** Stops counting and returns the statements run since {@link #start}. */
    public List<String> stop() {
        counting = false;
        return List.copyOf(executed);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connection(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connection(delegate.getConnection(username, password));
    }

    private Connection connection(Connection real) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            Object result = invoke(real, method, args);
            if (result instanceof Statement statement) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                return statement(statement, sql, method.getReturnType());
            }
            return result;
        });
    }

    private Object statement(Statement real, String preparedSql, Class<?> type) {
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (counting && method.getName().startsWith("execute")) {
                executed.add(preparedSql != null ? preparedSql : args != null && args.length > 0 ? String.valueOf(args[0]) : "?");
            }
            return invoke(real, method, args);
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
