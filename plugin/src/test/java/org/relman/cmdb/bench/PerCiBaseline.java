package org.relman.cmdb.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import net.java.ao.Query;
import org.relman.cmdb.adapter.ao.CmdbRelationAO;
import org.relman.cmdb.adapter.ao.CmdbStores;

/**
 * The straightforward impact walk a benchmark compares with: breadth-first, asking the database for the
 * relationships of one CI at a time, with the same depth, limit and answer (each reached CI's key and name, read
 * afterwards a few hundred at a time, as relman does). Two forms: a JDBC statement prepared once and run per CI,
 * and Active Objects' {@code find} per CI as plain plugin code would write it.
 */
final class PerCiBaseline {
    private interface Neighbours {
        List<long[]> of(long id) throws SQLException;
    }

    private final DataSource dataSource;
    private final ActiveObjects ao;

    PerCiBaseline(DataSource dataSource, ActiveObjects ao) {
        this.dataSource = dataSource;
        this.ao = ao;
    }

    int jdbc(String key, int depth, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT \"ID\", \"SOURCE_ID\", \"REL_TYPE_ID\" FROM \"" + CmdbStores.RELATION_TABLE + "\" WHERE \"TARGET_ID\" = ?")) {
            return walk(connection, key, depth, limit, id -> {
                select.setInt(1, (int) id);
                List<long[]> steps = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        steps.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)});
                    }
                }
                return steps;
            });
        }
    }

    int activeObjects(String key, int depth, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return walk(connection, key, depth, limit, id -> {
                List<long[]> steps = new ArrayList<>();
                for (CmdbRelationAO row : ao.find(CmdbRelationAO.class, Query.select("ID, SOURCE_ID, TARGET_ID, REL_TYPE_ID")
                        .where("TARGET_ID = ?", (int) id))) {
                    steps.add(new long[] {row.getID(), row.getSource().getID(), row.getRelType().getID()});
                }
                return steps;
            });
        }
    }

    private static int walk(Connection connection, String key, int depth, int limit, Neighbours neighbours) throws SQLException {
        long start = idOf(connection, key);
        Map<Long, Integer> depthOf = new HashMap<>();
        Map<Long, long[]> via = new HashMap<>();
        depthOf.put(start, 0);
        Deque<Long> queue = new ArrayDeque<>(List.of(start));
        int reached = 0;
        walk:
        while (!queue.isEmpty()) {
            long id = queue.poll();
            int level = depthOf.get(id);
            if (level == depth) {
                continue;
            }
            for (long[] step : neighbours.of(id)) {
                if (!depthOf.containsKey(step[1])) {
                    if (reached == limit) {
                        break walk;
                    }
                    depthOf.put(step[1], level + 1);
                    via.put(step[1], step);
                    queue.add(step[1]);
                    reached++;
                }
            }
        }
        summaries(connection, new ArrayList<>(depthOf.keySet()));
        return reached;
    }

    private static long idOf(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT \"ID\" FROM \"" + CmdbStores.ITEM_TABLE
                + "\" WHERE \"CI_KEY\" = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void summaries(Connection connection, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            try (PreparedStatement select = connection.prepareStatement("SELECT \"ID\", \"CI_KEY\", \"NAME\" FROM \""
                    + CmdbStores.ITEM_TABLE + "\" WHERE \"ID\" IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int j = 0; j < chunk.size(); j++) {
                    select.setInt(j + 1, chunk.get(j).intValue());
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(2);
                    }
                }
            }
        }
    }
}
