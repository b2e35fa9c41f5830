package org.relman.cmdb.adapter.ao;

import java.lang.reflect.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts rows into one table in bulk. On PostgreSQL, {@value #MAX_ROWS} rows at a time as ONE statement,
 * {@code INSERT … SELECT * FROM unnest(?::varchar[], ?::int4[], …)}, a column per array parameter: the statement
 * text is the same whatever the number of rows (one server-side prepared statement for the whole import), and the
 * server parses, plans and executes once per chunk instead of once per row as it does for a JDBC batch. Elsewhere
 * (HSQLDB, and every other database Jira supports) as a JDBC batch of single-row inserts. HSQLDB 2.7 could take a
 * multi-array {@code UNNEST(CAST(? AS VARCHAR(255) ARRAY), …)} too, but MySQL, Oracle and SQL Server have nothing
 * like it, and HSQLDB is what keeps the batch path they use under test.
 *
 * <p>Why arrays and not {@code COPY}: COPY needs the PostgreSQL driver's {@code CopyManager}, reachable only by
 * unwrapping the connection, and inside Jira that is a pooled, wrapped connection whose {@code unwrap} to
 * {@code PGConnection} is not guaranteed; and COPY returns no generated ids, which the item import needs for the
 * attributes and history of the items it creates. unnest works through any JDBC connection with
 * {@link Connection#createArrayOf} and takes {@code RETURNING}.
 *
 * <p>{@code types} are the {@link java.sql.Types} of the columns, so that nulls are typed.
 */
final class BulkInsert implements AutoCloseable {
    static final int MAX_ROWS = 2_000;

    private final Connection connection;
    private final CmdbTables tables;
    private final String sql;
    private final int[] types;
    private final boolean arrays;
    private final List<Object[]> pending = new ArrayList<>();
    private PreparedStatement statement;
    private long written;

    BulkInsert(Connection connection, CmdbTables tables, String table, String[] columns, int[] types) {
        if (columns.length != types.length) {
            throw new IllegalArgumentException("a type for each column");
        }
        this.connection = connection;
        this.tables = tables;
        this.types = types.clone();
        this.arrays = tables.postgres();
        String into = "INSERT INTO " + tables.table(table) + " (" + tables.cols(columns) + ") ";
        if (arrays) {
            StringBuilder unnest = new StringBuilder();
            for (int type : types) {
                unnest.append(unnest.length() == 0 ? "" : ", ").append("?::").append(pgType(type)).append("[]");
            }
            this.sql = into + "SELECT * FROM unnest(" + unnest + ")";
        } else {
            this.sql = into + "VALUES (" + CmdbTables.marks(columns.length) + ")";
        }
    }

    void add(Object... values) throws SQLException {
        if (values.length != types.length) {
            throw new IllegalArgumentException("a value for each column");
        }
        pending.add(values);
        if (pending.size() == MAX_ROWS) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        if (statement == null) {
            statement = connection.prepareStatement(sql);
        }
        if (arrays) {
            bindArrays(statement, pending);
            statement.executeUpdate();
        } else {
            for (Object[] values : pending) {
                bind(statement, values);
                statement.addBatch();
            }
            statement.executeBatch();
        }
        written += pending.size();
        pending.clear();
    }

    /**
     * Inserts {@code rows} (nothing may be pending) and returns the generated {@code ID} of each, by the value of its
     * {@code keyColumn} (the row's value at {@code keyIndex}), which must be unique among the rows. On PostgreSQL
     * through {@code RETURNING} in the same statement (AO's ID is a serial: its default takes the sequence's next
     * value for each row, whatever else writes to the table); elsewhere by reading the ids back by key.
     */
    Map<String, Long> insertReturningIds(List<Object[]> rows, String keyColumn, int keyIndex) throws SQLException {
        if (!pending.isEmpty()) {
            throw new IllegalStateException("rows are pending");
        }
        Map<String, Long> ids = new HashMap<>(rows.size() * 2);
        if (!arrays) {
            List<String> keys = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                add(row);
                keys.add((String) row[keyIndex]);
            }
            flush();
            return keys.isEmpty() ? ids : JdbcCmdbGraph.idsOf(connection, tables, keys);
        }
        try (PreparedStatement returning = connection.prepareStatement(sql + " RETURNING " + tables.cols("ID", keyColumn))) {
            for (int from = 0; from < rows.size(); from += MAX_ROWS) {
                bindArrays(returning, rows.subList(from, Math.min(rows.size(), from + MAX_ROWS)));
                try (ResultSet generated = returning.executeQuery()) {
                    while (generated.next()) {
                        ids.put(generated.getString(2), generated.getLong(1));
                    }
                }
            }
        }
        written += rows.size();
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("inserted " + rows.size() + " rows but got " + ids.size() + " ids: keys not unique");
        }
        return ids;
    }

    long written() {
        return written;
    }

    private void bindArrays(PreparedStatement target, Collection<Object[]> rows) throws SQLException {
        for (int column = 0; column < types.length; column++) {
            Object array = Array.newInstance(javaType(types[column]), rows.size());
            int i = 0;
            for (Object[] values : rows) {
                Array.set(array, i++, values[column]);
            }
            target.setArray(column + 1, connection.createArrayOf(pgType(types[column]), (Object[]) array));
        }
    }

    private void bind(PreparedStatement target, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                target.setNull(i + 1, types[i]);
            } else {
                target.setObject(i + 1, values[i], types[i]);
            }
        }
    }

    private static String pgType(int type) {
        return switch (type) {
            case Types.VARCHAR -> "varchar";
            case Types.INTEGER -> "int4";
            case Types.BIGINT -> "int8";
            case Types.TIMESTAMP -> "timestamp";
            default -> throw new IllegalArgumentException("no PostgreSQL array type for java.sql.Types " + type);
        };
    }

    private static Class<?> javaType(int type) {
        return switch (type) {
            case Types.VARCHAR -> String.class;
            case Types.INTEGER -> Integer.class;
            case Types.BIGINT -> Long.class;
            case Types.TIMESTAMP -> java.sql.Timestamp.class;
            default -> throw new IllegalArgumentException("no Java type for java.sql.Types " + type);
        };
    }

    /** Writes what is pending, then closes the statement. */
    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            if (statement != null) {
                statement.close();
            }
        }
    }
}
