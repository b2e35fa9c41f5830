package org.relman.cmdb.adapter.ao;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongConsumer;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.cmdb.app.CmdbBulkWriter;
import org.relman.cmdb.domain.Cause;
import org.relman.cmdb.domain.imports.ImportCounts;
import org.relman.cmdb.domain.imports.ItemRow;
import org.relman.cmdb.domain.imports.RelationshipRow;
import org.relman.platform.domain.UserRef;

/**
 * Bulk writes for CSV imports through SAL's TransactionalExecutor: each file in one new read-write transaction,
 * committed when every row is written and rolled back when anything fails, so a file is imported whole or not at
 * all. Active Objects has no batch insert in Jira's API. On PostgreSQL new rows go in as one
 * {@code INSERT … SELECT * FROM unnest(?::varchar[], …)} per chunk of {@value BulkInsert#MAX_ROWS} rows, with the
 * new items' ids from its {@code RETURNING}; elsewhere as JDBC batches (see {@link BulkInsert}).
 *
 * <p>Not {@code COPY}, although it is PostgreSQL's fastest load: it needs the driver's {@code CopyManager}, so an
 * {@code unwrap} of Jira's pooled, wrapped connection to {@code PGConnection}, which Jira does not guarantee to
 * allow; and it gives back no generated ids, which the items' attributes and history need.
 *
 * <p>The writers leave PostgreSQL's plan cache as it is (no {@code plan_cache_mode = force_custom_plan}): forcing
 * custom plans also makes the foreign-key triggers' internal queries replan for every inserted row, which cost more
 * than any plan it improved.
 *
 * <p>Each file raises the graph's generation in its transaction, last, so the row is locked only briefly:
 * relationships change the graph, and items may change the names and statuses graph snapshots hold.
 */
@Named
class JdbcBulkWriter implements CmdbBulkWriter {
    private final TransactionalExecutorFactory database;

    @Inject
    JdbcBulkWriter(@ComponentImport TransactionalExecutorFactory database) {
        this.database = database;
    }

    @Override
    public Map<String, Long> itemIds(Collection<String> keys) {
        return database.createExecutor(true, false).execute(connection -> sql(
                () -> JdbcCmdbGraph.idsOf(connection, CmdbTables.on(connection), keys)));
    }

    @Override
    public ImportCounts writeItems(Iterator<ItemRow> rows, UserRef by, Cause cause, LongConsumer progress) {
        GraphGeneration.ensureRow(database);
        return database.createExecutor(false, true).execute(connection -> sql(() -> {
            CmdbTables tables = tables(connection);
            ImportCounts counts = new JdbcItemWriter(connection, tables, by, cause).write(rows, progress);
            GraphGeneration.bump(connection, tables);
            return counts;
        }));
    }

    @Override
    public ImportCounts writeRelationships(Iterator<RelationshipRow> rows, UserRef by, Cause cause, LongConsumer progress) {
        GraphGeneration.ensureRow(database);
        return database.createExecutor(false, true).execute(connection -> sql(() -> {
            CmdbTables tables = tables(connection);
            ImportCounts counts = new JdbcRelationshipWriter(connection, tables, by, cause).write(rows, progress);
            GraphGeneration.bump(connection, tables);
            return counts;
        }));
    }

    private static CmdbTables tables(Connection connection) throws SQLException {
        return CmdbTables.on(connection);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            SQLException next = e.getNextException();
            throw new IllegalStateException("the CMDB import could not be written: " + e.getMessage()
                    + (next == null ? "" : " (" + next.getMessage() + ")"), e);
        }
    }
}
