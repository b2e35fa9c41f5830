package org.relman.host.ao;

import com.atlassian.activeobjects.spi.DatabaseType;
import net.java.ao.DBParam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/** A facade over a throwaway database with the test entities migrated; subclasses pick the database. */
abstract class FacadeFixture {

    static final String CHANGE_REQUEST_TABLE = "AO_301B80_CHANGE_REQUEST";
    static final String VOTE_TABLE = "AO_301B80_CAB_VOTE";

    TestDatabase database;
    EntityManagerActiveObjects ao;

    abstract TestDatabase openDatabase();

    abstract DatabaseType expectedDatabaseType();

    @BeforeEach
    void openFacade() {
        database = openDatabase();
        ao = EntityManagerActiveObjects.create(database.dataSource(), "org.relman");
        ao.migrate(ChangeRequest.class, Vote.class);
    }

    @AfterEach
    void closeFacade() {
        if (ao != null) {
            ao.close();
        }
        if (database != null) {
            database.close();
        }
    }

    ChangeRequest newChangeRequest(String title) {
        return ao.create(ChangeRequest.class, new DBParam("TITLE", title));
    }

    /** In-memory HSQLDB 2.7 in MVCC mode: in its default LOCKS mode a read from a second connection blocks. */
    static TestDatabase hsqldb() {
        HsqlTestDatabase hsql = new HsqlTestDatabase();
        hsql.execute("SET DATABASE TRANSACTION CONTROL MVCC");
        return hsql;
    }

    /** A throwaway database on the local PostgreSQL server; the test is skipped when none answers. */
    static TestDatabase postgres() {
        var database = PostgresTestDatabase.createIfServerAvailable();
        Assumptions.assumeTrue(database.isPresent(), "no PostgreSQL server on 127.0.0.1:5432");
        return database.get();
    }
}
