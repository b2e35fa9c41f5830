package org.relman.host.ao;

import com.atlassian.activeobjects.spi.DatabaseType;

/** The data access contract on the local PostgreSQL server (skipped when none answers). */
class DataAccessPostgresTest extends DataAccessContract {

    @Override
    TestDatabase openDatabase() {
        return postgres();
    }

    @Override
    DatabaseType expectedDatabaseType() {
        return DatabaseType.POSTGRESQL;
    }
}
