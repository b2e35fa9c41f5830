package org.relman.cmdb.adapter.ao;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.cmdb.app.CmdbGraph;
import org.relman.cmdb.domain.CiStatus;
import org.relman.cmdb.domain.CiSummary;
import org.relman.cmdb.domain.GraphSnapshot;
import org.relman.cmdb.domain.ImpactDirection;
import org.relman.cmdb.domain.ImpactQuery;
import org.relman.cmdb.domain.ImpactReport;
import org.relman.cmdb.domain.ImpactTraversal;
import org.relman.cmdb.domain.Steps;
import org.relman.platform.domain.InvalidInputException;

/**
 * Impact analysis over the relationship table with plain SQL, through SAL's TransactionalExecutor (the supported
 * way to JDBC in Jira): one read-only connection per question, one query per level of the walk (on PostgreSQL the
 * whole frontier as one array parameter, {@code = ANY(?)}, which the covering indexes walk_down and walk_up answer;
 * elsewhere IN lists of {@value #IN_CHUNK}), then one query for the keys and names of the CIs reached (elsewhere one
 * per {@value #IN_CHUNK}). On PostgreSQL the start CIs and the relationship types' codes come in one round trip
 * before the first level, so a walk to depth 10 costs at most 12 round trips (more only when the limit makes a
 * level read in slices) plus the transaction's commit.
 *
 * <p>With {@link GraphSnapshots} (production), the first round trip also reads the graph's generation; when this
 * node's snapshot was read at that generation the levels are walked in memory, by the same {@link ImpactTraversal},
 * the keys and names come from the snapshot too, and the walk costs that one round trip (and the commit). Otherwise it walks the database
 * as above and the snapshot is rebuilt in the background.
 * Downstream reads relationships by target (a change to the target impacts the source), upstream by source.
 */
@Named
class JdbcCmdbGraph implements CmdbGraph {
    static final int IN_CHUNK = 500;

    private final TransactionalExecutorFactory database;
    private final boolean customPlans;
    /** This node's graph snapshot; null: always walk the database. */
    private final GraphSnapshots snapshots;
    /** How this database names the tables: found on first use; deployment facts, the same on every node. */
    private volatile CmdbTables tables;

    @Inject
    JdbcCmdbGraph(@ComponentImport TransactionalExecutorFactory database, GraphSnapshots snapshots) {
        this(database, false, snapshots);
    }

    /** Always walks the database. */
    JdbcCmdbGraph(TransactionalExecutorFactory database) {
        this(database, false, null);
    }

    /**
     * {@code customPlans}: make PostgreSQL plan every statement of a walk for its values. Off in production: the
     * walk's statements have one good plan (the covering index) whatever the frontier, and planning {@code = ANY}
     * over thousands of values costs more than it saves (the impact benchmark measures both).
     */
    JdbcCmdbGraph(TransactionalExecutorFactory database, boolean customPlans) {
        this(database, customPlans, null);
    }

    JdbcCmdbGraph(TransactionalExecutorFactory database, boolean customPlans, GraphSnapshots snapshots) {
        this.database = database;
        this.customPlans = customPlans;
        this.snapshots = snapshots;
    }

    /**
     * Walks this node's snapshot if it was read at the generation the database shows now, else the database (and
     * starts a rebuild of the snapshot, after this walk's transaction ends).
     */
    @Override
    public ImpactReport walk(ImpactQuery query) {
        Walked walked = database.createExecutor(true, false).execute(connection -> {
            try {
                if (tables == null) {
                    tables = CmdbTables.on(connection);
                }
                return walk(connection, tables, query);
            } catch (SQLException e) {
                throw new IllegalStateException("impact analysis could not read the CMDB: " + e.getMessage(), e);
            }
        });
        if (snapshots != null && !walked.fromSnapshot()) {
            snapshots.refreshUnlessAt(walked.generation());
        }
        return walked.report();
    }

    /** A walk's answer, the graph generation it read, and whether the snapshot answered it. */
    private record Walked(ImpactReport report, long generation, boolean fromSnapshot) {
    }

    /** The start CIs' ids by key, the relationship types' codes by id, and the graph's generation. */
    private record Lookup(Map<String, Long> start, Map<Long, String> typeCodes, long generation) {
    }

    private Walked walk(Connection connection, CmdbTables tables, ImpactQuery query) throws SQLException {
        Lookup lookup = tables.postgres() ? lookupInOneTrip(connection, tables, query.keys())
                : new Lookup(idsOf(connection, tables, query.keys()), typeCodes(connection, tables),
                snapshots == null ? GraphGeneration.NONE : GraphGeneration.read(connection, tables));
        List<String> unknown = query.keys().stream().filter(k -> !lookup.start().containsKey(k)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("keys", "keys names no configuration item: " + String.join(", ", unknown) + ".");
        }
        List<Long> start = query.keys().stream().map(lookup.start()::get).distinct().toList();
        GraphSnapshot snapshot = snapshots == null ? null : snapshots.forWalkAt(lookup.generation());
        ImpactTraversal.StepReader reader = snapshot != null ? snapshot.reader(query.direction()) : fromDatabase(connection, tables, query);
        ImpactTraversal.Walk walk = ImpactTraversal.walk(start, query.depth(), query.limit(), reader);
        Map<Long, CiSummary> summaries = snapshot == null ? summaries(connection, tables, walk.ids())
                : summaries(connection, tables, snapshot, walk.ids());
        return new Walked(ImpactReport.of(query, walk, summaries, lookup.typeCodes()), lookup.generation(), snapshot != null);
    }

    /** From the snapshot; from the database only for CIs created after it was read (start CIs with no relationships). */
    private static Map<Long, CiSummary> summaries(Connection connection, CmdbTables tables, GraphSnapshot snapshot, long[] ids)
            throws SQLException {
        Map<Long, CiSummary> found = new HashMap<>(ids.length * 2);
        long[] missing = new long[ids.length];
        int missingCount = 0;
        for (long id : ids) {
            CiSummary summary = snapshot.summary(id);
            if (summary == null) {
                missing[missingCount++] = id;
            } else {
                found.put(id, summary);
            }
        }
        if (missingCount > 0) {
            found.putAll(summaries(connection, tables, Arrays.copyOf(missing, missingCount)));
        }
        return found;
    }

    /** One read of the relationship table per level (or slice of a level). */
    private static ImpactTraversal.StepReader fromDatabase(Connection connection, CmdbTables tables, ImpactQuery query) {
        boolean downstream = query.direction() == ImpactDirection.DOWNSTREAM;
        String from = downstream ? "TARGET_ID" : "SOURCE_ID";
        String to = downstream ? "SOURCE_ID" : "TARGET_ID";
        String select = "SELECT " + tables.cols("ID", from, to, "REL_TYPE_ID") + " FROM " + tables.table(CmdbTables.RELATION)
                + " WHERE ";
        return (frontier, first, end, into) -> steps(connection, tables, select, from, frontier, first, end, into);
    }

    /**
     * On PostgreSQL, what a walk needs before its first level in one round trip: the start CIs, every relationship
     * type's code and, if asked, the plan setting for the rest of the transaction (a row of its own).
     */
    private Lookup lookupInOneTrip(Connection connection, CmdbTables tables, List<String> keys) throws SQLException {
        String sql = "SELECT 'ci', " + tables.cols("ID", "CI_KEY") + " FROM " + tables.table(CmdbTables.ITEM)
                + " WHERE " + tables.q("CI_KEY") + " = ANY (?)"
                + " UNION ALL SELECT 'type', " + tables.cols("ID", "CODE") + " FROM " + tables.table(CmdbTables.REL_TYPE)
                + (snapshots == null ? "" : " UNION ALL SELECT 'gen', " + tables.q(CmdbGraphGenAO.GEN) + ", NULL"
                + GraphGeneration.fromTheRow(tables))
                + (customPlans && tables.customPlansCanBeForced() ? " UNION ALL SELECT 'plan', NULL, "
                + CmdbTables.FORCE_CUSTOM_PLAN : "");
        Map<String, Long> start = new HashMap<>();
        Map<Long, String> typeCodes = new HashMap<>();
        long generation = GraphGeneration.NONE;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("varchar", keys.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    switch (rows.getString(1)) {
                        case "ci" -> start.put(rows.getString(3), rows.getLong(2));
                        case "type" -> typeCodes.put(rows.getLong(2), rows.getString(3));
                        case "gen" -> generation = rows.getLong(2);
                        default -> { }
                    }
                }
            }
        }
        return new Lookup(start, typeCodes, generation);
    }

    /** Reads the steps out of {@code frontier[first]} to {@code frontier[end - 1]} (CI ids are integers in AO's tables). */
    private static void steps(Connection connection, CmdbTables tables, String select, String from, long[] frontier, int first,
                              int end, Steps into) {
        int chunkSize = tables.postgres() ? Math.max(1, end - first) : IN_CHUNK;
        try {
            for (int i = first; i < end; i += chunkSize) {
                int[] chunk = integers(frontier, i, Math.min(end, i + chunkSize));
                try (PreparedStatement statement = connection.prepareStatement(select + tables.in(from, chunk.length))) {
                    tables.bindIn(statement, chunk);
                    read(statement, into);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("impact analysis could not read relationships: " + e.getMessage(), e);
        }
    }

    private static int[] integers(long[] ids, int first, int end) {
        int[] values = new int[end - first];
        for (int i = first; i < end; i++) {
            values[i - first] = Math.toIntExact(ids[i]);
        }
        return values;
    }

    private static void read(PreparedStatement statement, Steps into) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                into.add(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4));
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

    private static Map<Long, CiSummary> summaries(Connection connection, CmdbTables tables, long[] ids) throws SQLException {
        Map<Long, CiSummary> found = new HashMap<>(ids.length * 2);
        int chunkSize = tables.postgres() ? Math.max(1, ids.length) : IN_CHUNK;
        for (int i = 0; i < ids.length; i += chunkSize) {
            int[] chunk = integers(ids, i, Math.min(ids.length, i + chunkSize));
            try (PreparedStatement statement = connection.prepareStatement("SELECT "
                    + tables.cols("ID", "CI_KEY", "NAME", "CI_TYPE", "ENVIRONMENT", "STATUS") + " FROM " + tables.table(CmdbTables.ITEM)
                    + " WHERE " + tables.in("ID", chunk.length))) {
                tables.bindIn(statement, chunk);
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
