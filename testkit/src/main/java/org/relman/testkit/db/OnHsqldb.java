package org.relman.testkit.db;

import org.junit.jupiter.api.extension.ExtendWith;

/** Runs a contract test class on a fresh in-memory HSQLDB database. */
@ExtendWith(DatabaseExtension.class)
public interface OnHsqldb extends OnDatabase {

    @Override
    default TestDatabase database() {
        return DatabaseExtension.databaseOf(this);
    }
}
