package org.relman.host.ao;

import javax.sql.DataSource;

/** A throwaway database for one test: created before, dropped after. */
interface TestDatabase extends AutoCloseable {

    DataSource dataSource();

    /** Rows in a table, read on a fresh connection outside any facade transaction. */
    int countRows(String table);

    /** Executes SQL on a fresh auto-commit connection. */
    void execute(String sql);

    @Override
    void close();
}
