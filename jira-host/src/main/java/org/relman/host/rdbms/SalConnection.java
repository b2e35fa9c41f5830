package org.relman.host.rdbms;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

/** The connection a callback sees: everything but ending or re-configuring the executor's transaction. */
final class SalConnection {
    private static final Set<String> REFUSED = Set.of("commit", "rollback", "setAutoCommit", "close", "abort");

    private SalConnection() {
    }

    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(SalConnection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (REFUSED.contains(method.getName())) {
                        throw new UnsupportedOperationException(method.getName()
                                + " is not allowed: the TransactionalExecutor owns the transaction");
                    }
                    switch (method.getName()) {
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
