package org.relman.testkit.db;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a contract test class on a fresh database on the JVM's {@link PostgresServer}. Without a server
 * its tests fail on CI and are skipped, loudly, elsewhere.
 */
@ExtendWith(DatabaseExtension.class)
public interface OnPostgres extends OnDatabase {

    @Override
    default TestDatabase database() {
        return DatabaseExtension.databaseOf(this);
    }
}
