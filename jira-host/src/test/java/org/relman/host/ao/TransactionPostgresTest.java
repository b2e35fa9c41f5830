package org.relman.host.ao;

import com.atlassian.activeobjects.spi.DatabaseType;

/** The transaction contract on the local PostgreSQL server (skipped when none answers). */
class TransactionPostgresTest extends TransactionContract {

    @Override
    TestDatabase openDatabase() {
        return postgres();
    }

    @Override
    DatabaseType expectedDatabaseType() {
        return DatabaseType.POSTGRESQL;
    }
}
