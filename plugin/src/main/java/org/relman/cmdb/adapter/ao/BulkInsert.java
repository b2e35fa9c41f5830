package org.relman.cmdb.adapter.ao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Inserts rows into one table in bulk. On PostgreSQL, as multi-row {@code INSERT … VALUES (…), (…), …} statements
 * of up to {@value #MAX_ROWS} rows (one statement instead of hundreds: the server's per-statement work is what a
 * JDBC batch still pays per row); elsewhere as a JDBC batch, which every database Jira supports accepts.
 * {@code types} are the {@link java.sql.Types} of the columns, so that nulls are typed.
 */
final class BulkInsert implements AutoCloseable {
    static final int MAX_ROWS = 500;
    private static final int MAX_PARAMETERS = 30_000;

    private final Connection connection;
    private final String into;
    private final String row;
    private final int[] types;
    private final boolean multiRow;
    private final int rowsPerStatement;
    private final List<Object[]> pending = new ArrayList<>();
    private PreparedStatement full;
    private long written;

    BulkInsert(Connection connection, CmdbTables tables, String table, String[] columns, int[] types) {
        if (columns.length != types.length) {
            throw new IllegalArgumentException("a type for each column");
        }
        this.connection = connection;
        this.into = "INSERT INTO " + tables.table(table) + " (" + tables.cols(columns) + ") VALUES ";
        this.row = "(" + CmdbTables.marks(columns.length) + ")";
        this.types = types.clone();
        this.multiRow = tables.postgres();
        this.rowsPerStatement = multiRow ? Math.min(MAX_ROWS, MAX_PARAMETERS / columns.length) : MAX_ROWS;
    }

    void add(Object... values) throws SQLException {
        if (values.length != types.length) {
            throw new IllegalArgumentException("a value for each column");
        }
        pending.add(values);
        if (pending.size() == rowsPerStatement) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        if (multiRow) {
            if (pending.size() == rowsPerStatement) {
                if (full == null) {
                    full = connection.prepareStatement(sql(rowsPerStatement));
                }
                bindAll(full);
                full.executeUpdate();
            } else {
                try (PreparedStatement some = connection.prepareStatement(sql(pending.size()))) {
                    bindAll(some);
                    some.executeUpdate();
                }
            }
        } else {
            if (full == null) {
                full = connection.prepareStatement(into + row);
            }
            for (Object[] values : pending) {
                bind(full, values, 0);
                full.addBatch();
            }
            full.executeBatch();
        }
        written += pending.size();
        pending.clear();
    }

    long written() {
        return written;
    }

    private String sql(int rows) {
        return into + String.join(", ", Collections.nCopies(rows, row));
    }

    private void bindAll(PreparedStatement statement) throws SQLException {
        int offset = 0;
        for (Object[] values : pending) {
            bind(statement, values, offset);
            offset += values.length;
        }
    }

    private void bind(PreparedStatement statement, Object[] values, int offset) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(offset + i + 1, types[i]);
            } else {
                statement.setObject(offset + i + 1, values[i], types[i]);
            }
        }
    }

    /** Writes what is pending, then closes the statement. */
    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            if (full != null) {
                full.close();
            }
        }
    }
}
