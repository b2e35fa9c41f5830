package org.relman.host.ao;

import org.hsqldb.jdbc.JDBCDataSource;

import java.util.UUID;
import javax.sql.DataSource;

/** A private in-memory HSQLDB 2.7 database, shut down on close. */
final class HsqlTestDatabase extends JdbcTestDatabase {

    private final JDBCDataSource dataSource = new JDBCDataSource();

    HsqlTestDatabase() {
        dataSource.setUrl("jdbc:hsqldb:mem:relman-" + UUID.randomUUID());
        dataSource.setUser("SA");
        dataSource.setPassword("");
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        run(dataSource, "SHUTDOWN");
    }
}
