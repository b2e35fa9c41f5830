package org.relman.host.ao;

import com.atlassian.activeobjects.spi.DatabaseType;

/** The data access contract on in-memory HSQLDB 2.7. */
class DataAccessHsqldbTest extends DataAccessContract {

    @Override
    TestDatabase openDatabase() {
        return hsqldb();
    }

    @Override
    DatabaseType expectedDatabaseType() {
        return DatabaseType.HSQL;
    }
}
