package org.relman.cmdb.adapter.ao;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.cmdb.app.CmdbGraph;
import org.relman.cmdb.domain.CiStatus;
import org.relman.cmdb.domain.CiSummary;
import org.relman.cmdb.domain.ImpactDirection;
import org.relman.cmdb.domain.ImpactQuery;
import org.relman.cmdb.domain.ImpactReport;
import org.relman.cmdb.domain.ImpactTraversal;
import org.relman.platform.domain.InvalidInputException;

/**
 * Impact analysis over the relationship table with plain SQL, through SAL's TransactionalExecutor (the supported
 * way to JDBC in Jira): one read-only connection per question, one query per level of the walk (on PostgreSQL the
 * whole frontier as one array parameter, {@code = ANY(?)}, which the indexes on SOURCE_ID and TARGET_ID answer;
 * elsewhere IN lists of {@value #IN_CHUNK}), then one query for the keys and names of the CIs reached (elsewhere one
 * per {@value #IN_CHUNK}). Each statement is planned for its values (see {@link CmdbTables#planEachStatement}).
 * Downstream reads relationships by target (a change to the target impacts the source), upstream by source.
 */
@Named
class JdbcCmdbGraph implements CmdbGraph {
    static final int IN_CHUNK = 500;

    private final TransactionalExecutorFactory database;
    /** How this database names the tables: found on first use; deployment facts, the same on every node. */
    private volatile CmdbTables tables;

    @Inject
    JdbcCmdbGraph(@ComponentImport TransactionalExecutorFactory database) {
        this.database = database;
    }

    @Override
    public ImpactReport walk(ImpactQuery query) {
        return database.createExecutor(true, false).execute(connection -> {
            try {
                if (tables == null) {
                    tables = CmdbTables.on(connection);
                }
                return walk(connection, tables, query);
            } catch (SQLException e) {
                throw new IllegalStateException("impact analysis could not read the CMDB: " + e.getMessage(), e);
            }
        });
    }

    private ImpactReport walk(Connection connection, CmdbTables tables, ImpactQuery query) throws SQLException {
        tables.planEachStatement(connection);
        Map<String, Long> start = idsOf(connection, tables, query.keys());
        List<String> unknown = query.keys().stream().filter(k -> !start.containsKey(k)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("keys", "keys names no configuration item: " + String.join(", ", unknown) + ".");
        }
        boolean downstream = query.direction() == ImpactDirection.DOWNSTREAM;
        String from = downstream ? "TARGET_ID" : "SOURCE_ID";
        String to = downstream ? "SOURCE_ID" : "TARGET_ID";
        String select = "SELECT " + tables.cols("ID", from, to, "REL_TYPE_ID") + " FROM " + tables.table(CmdbTables.RELATION)
                + " WHERE " + tables.q(from);
        ImpactTraversal.Walk walk = ImpactTraversal.walk(start.values(), query.depth(), query.limit(),
                frontier -> steps(connection, tables, select, frontier));
        List<Long> ids = new ArrayList<>(walk.start());
        walk.reached().forEach(r -> ids.add(r.id()));
        return ImpactReport.of(query, walk, summaries(connection, tables, ids), typeCodes(connection, tables));
    }

    private static List<ImpactTraversal.Step> steps(Connection connection, CmdbTables tables, String select,
                                                    Collection<Long> frontier) {
        List<ImpactTraversal.Step> steps = new ArrayList<>();
        try {
            if (tables.postgres()) {
                try (PreparedStatement statement = connection.prepareStatement(select + " = ANY (?)")) {
                    Array ids = connection.createArrayOf("integer", frontier.stream().map(Long::intValue).toArray());
                    statement.setArray(1, ids);
                    read(statement, steps);
                }
                return steps;
            }
            List<Long> all = new ArrayList<>(frontier);
            for (int i = 0; i < all.size(); i += IN_CHUNK) {
                List<Long> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
                try (PreparedStatement statement = connection.prepareStatement(select + " IN (" + CmdbTables.marks(chunk.size()) + ")")) {
                    CmdbTables.bind(statement, chunk);
                    read(statement, steps);
                }
            }
            return steps;
        } catch (SQLException e) {
            throw new IllegalStateException("impact analysis could not read relationships: " + e.getMessage(), e);
        }
    }

    private static void read(PreparedStatement statement, List<ImpactTraversal.Step> steps) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                steps.add(new ImpactTraversal.Step(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4)));
            }
        }
    }

    static Map<String, Long> idsOf(Connection connection, CmdbTables tables, Collection<String> keys) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + tables.cols("ID", "CI_KEY") + " FROM "
                    + tables.table(CmdbTables.ITEM) + " WHERE " + tables.in("CI_KEY", chunk.size()))) {
                tables.bindIn(connection, statement, chunk, "varchar");
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getString(2), rows.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    private static Map<Long, CiSummary> summaries(Connection connection, CmdbTables tables, List<Long> ids) throws SQLException {
        Map<Long, CiSummary> found = new LinkedHashMap<>();
        int chunkSize = tables.postgres() ? Math.max(1, ids.size()) : IN_CHUNK;
        for (int i = 0; i < ids.size(); i += chunkSize) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + chunkSize));
            try (PreparedStatement statement = connection.prepareStatement("SELECT "
                    + tables.cols("ID", "CI_KEY", "NAME", "CI_TYPE", "ENVIRONMENT", "STATUS") + " FROM " + tables.table(CmdbTables.ITEM)
                    + " WHERE " + tables.in("ID", chunk.size()))) {
                tables.bindIn(connection, statement, chunk.stream().map(Long::intValue).toList(), "integer");
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getLong(1), new CiSummary(rows.getString(2), rows.getString(3), rows.getString(4),
                                rows.getString(5), CiStatus.valueOf(rows.getString(6))));
                    }
                }
            }
        }
        return found;
    }

    private static Map<Long, String> typeCodes(Connection connection, CmdbTables tables) throws SQLException {
        Map<Long, String> codes = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + tables.cols("ID", "CODE") + " FROM "
                + tables.table(CmdbTables.REL_TYPE)); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                codes.put(rows.getLong(1), rows.getString(2));
            }
        }
        return codes;
    }
}
