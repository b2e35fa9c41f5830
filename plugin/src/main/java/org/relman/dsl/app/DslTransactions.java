package org.relman.dsl.app;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: all of it is stored, or none. Calls nest: stores that open their
 * own transaction inside join this one, so a DSL use case can write DSL tables and the CMDB at once.
 */
public interface DslTransactions {
    <T> T inTransaction(Supplier<T> work);
}
