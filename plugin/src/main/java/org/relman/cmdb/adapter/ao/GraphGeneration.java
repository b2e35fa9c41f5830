package org.relman.cmdb.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Reads and raises the CMDB graph's generation ({@link CmdbGraphGenAO}). Every write of relationships, every CI edit
 * and every item import raises it inside its own transaction, so the generation a reader sees always belongs to the
 * relationships and CIs it sees.
 *
 * <p>The row is made before the first write's transaction ({@code ensureRow}), outside it: two nodes may race to
 * make it; the unique SLOT keeps one, and the loser finds it there. Until it exists the generation is {@link #NONE}.
 */
final class GraphGeneration {
    /** The generation before the first write through relman made the row. */
    static final long NONE = 0;

    private GraphGeneration() {
    }

    /** {@code SELECT GEN} of the one row, for a query that reads it with other things. */
    static String select(CmdbTables tables) {
        return "SELECT " + tables.q(CmdbGraphGenAO.GEN) + fromTheRow(tables);
    }

    /** {@code FROM} the table {@code WHERE} the slot is the one row's. */
    static String fromTheRow(CmdbTables tables) {
        return " FROM " + tables.table(CmdbTables.GRAPH_GEN) + " WHERE " + tables.q(CmdbGraphGenAO.SLOT) + " = '"
                + CmdbGraphGenAO.THE_SLOT + "'";
    }

    static long read(Connection connection, CmdbTables tables) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(select(tables)); ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : NONE;
        }
    }

    /** Makes the row if there is none, in a transaction of its own. */
    static void ensureRow(TransactionalExecutorFactory database) {
        if (database.createExecutor(true, true).execute(connection -> exists(connection))) {
            return;
        }
        try {
            database.createExecutor(false, true).execute(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + tables(connection).table(CmdbTables.GRAPH_GEN)
                        + " (" + tables(connection).cols(CmdbGraphGenAO.SLOT, CmdbGraphGenAO.GEN) + ") VALUES (?, ?)")) {
                    insert.setString(1, CmdbGraphGenAO.THE_SLOT);
                    insert.setLong(2, NONE);
                    return insert.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
        } catch (RuntimeException e) {
            if (!database.createExecutor(true, true).execute(connection -> exists(connection))) {
                throw new IllegalStateException("could not make the CMDB graph generation row: " + e.getMessage(), e);
            }
        }
    }

    /** Raises the generation in the connection's transaction; {@link #ensureRow} ran before it. */
    static void bump(Connection connection, CmdbTables tables) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + tables.table(CmdbTables.GRAPH_GEN) + " SET "
                + tables.q(CmdbGraphGenAO.GEN) + " = " + tables.q(CmdbGraphGenAO.GEN) + " + 1, " + tables.q("CHANGED_AT") + " = ? WHERE "
                + tables.q(CmdbGraphGenAO.SLOT) + " = ?")) {
            update.setTimestamp(1, new Timestamp(System.currentTimeMillis()));
            update.setString(2, CmdbGraphGenAO.THE_SLOT);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("the CMDB graph generation row is missing; it is made before every relationship write");
            }
        }
    }

    /** {@link #ensureRow} through Active Objects. */
    static void ensureRow(ActiveObjects ao) {
        if (row(ao) != null) {
            return;
        }
        try {
            ao.executeInTransaction(() -> ao.create(CmdbGraphGenAO.class, new DBParam(CmdbGraphGenAO.SLOT, CmdbGraphGenAO.THE_SLOT),
                    new DBParam(CmdbGraphGenAO.GEN, NONE)));
        } catch (RuntimeException e) {
            if (row(ao) == null) {
                throw e;
            }
        }
    }

    /**
     * Raises the generation inside the caller's Active Objects transaction. Active Objects cannot write
     * {@code GEN = GEN + 1}, only a value, so the row is locked first (a write of CHANGED_AT, which a concurrent bump
     * waits on until this transaction ends) and GEN is read again after that: the read then sees every committed bump,
     * and no two transactions write the same generation.
     */
    static void bump(ActiveObjects ao) {
        CmdbGraphGenAO row = row(ao);
        if (row == null) {
            throw new IllegalStateException("the CMDB graph generation row is missing; it is made before every relationship write");
        }
        row.setChangedAt(new Date());
        row.save();
        CmdbGraphGenAO locked = row(ao);
        locked.setGen(locked.getGen() + 1);
        locked.save();
    }

    private static CmdbGraphGenAO row(ActiveObjects ao) {
        CmdbGraphGenAO[] rows = ao.find(CmdbGraphGenAO.class, Query.select().where(CmdbGraphGenAO.SLOT + " = ?", CmdbGraphGenAO.THE_SLOT));
        return rows.length == 0 ? null : rows[0];
    }

    private static boolean exists(Connection connection) {
        try {
            try (PreparedStatement statement = connection.prepareStatement(select(tables(connection)));
                 ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the CMDB graph generation: " + e.getMessage(), e);
        }
    }

    private static CmdbTables tables(Connection connection) throws SQLException {
        return CmdbTables.on(connection);
    }
}
