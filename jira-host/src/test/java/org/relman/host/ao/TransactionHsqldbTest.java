package org.relman.host.ao;

import com.atlassian.activeobjects.spi.DatabaseType;

/** The transaction contract on in-memory HSQLDB 2.7. */
class TransactionHsqldbTest extends TransactionContract {

    @Override
    TestDatabase openDatabase() {
        return hsqldb();
    }

    @Override
    DatabaseType expectedDatabaseType() {
        return DatabaseType.HSQL;
    }
}
