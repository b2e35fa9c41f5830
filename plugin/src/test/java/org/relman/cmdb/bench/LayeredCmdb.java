package org.relman.cmdb.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.relman.cmdb.adapter.ao.CmdbStores;

/**
 * A realistic CMDB shape for benchmarks, written straight into the tables: ten layers of CIs from services (top)
 * to storage (bottom); each relationship's source relies on a CI one layer down (85%) or two (10%), and 5% point
 * up one to three layers, which makes cycles. Types: depends-on 60%, runs-on 25%, part-of 10%, connected-to 5%.
 */
final class LayeredCmdb {
    static final int LAYERS = 10;
    private static final String[] TYPES = {"service", "application", "middleware", "application", "database", "server",
            "server", "network", "storage", "storage"};

    private LayeredCmdb() {
    }

    static String key(int i) {
        return String.format("CI-%06d", i);
    }

    static void load(Connection connection, int cis, int relationships, Random random) throws SQLException {
        connection.setAutoCommit(false);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        int perLayer = cis / LAYERS;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"" + CmdbStores.ITEM_TABLE + "\" (\"CI_KEY\", \"NAME\","
                + " \"SEARCH_TEXT\", \"CI_TYPE\", \"ENVIRONMENT\", \"STATUS\", \"CREATED_AT\", \"CREATED_BY\", \"UPDATED_AT\")"
                + " VALUES (?, ?, ?, ?, 'production', 'ACTIVE', ?, 'bench', ?)")) {
            for (int i = 0; i < cis; i++) {
                String key = key(i);
                insert.setString(1, key);
                insert.setString(2, "CI " + i);
                insert.setString(3, (key + " ci " + i).toLowerCase());
                insert.setString(4, TYPES[Math.min(LAYERS - 1, i / perLayer)]);
                insert.setTimestamp(5, now);
                insert.setTimestamp(6, now);
                insert.addBatch();
                if (i % 5000 == 4999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        long firstId = firstId(connection);
        long[] typeIds = typeIds(connection);
        Set<Long> seen = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"" + CmdbStores.RELATION_TABLE + "\" (\"SOURCE_ID\","
                + " \"TARGET_ID\", \"REL_TYPE_ID\", \"REL_KEY\", \"CREATED_AT\", \"CREATED_BY\") VALUES (?, ?, ?, ?, ?, 'bench')")) {
            int written = 0;
            while (written < relationships) {
                int layer = random.nextInt(LAYERS - 1);
                int source = layer * perLayer + random.nextInt(perLayer);
                double roll = random.nextDouble();
                int targetLayer = roll < 0.85 ? layer + 1 : roll < 0.95 ? Math.min(LAYERS - 1, layer + 2) : Math.max(0, layer - 1 - random.nextInt(3));
                int target = targetLayer * perLayer + random.nextInt(perLayer);
                double kind = random.nextDouble();
                int type = kind < 0.6 ? 0 : kind < 0.85 ? 1 : kind < 0.95 ? 2 : 3;
                long sourceId = firstId + source;
                long targetId = firstId + target;
                if (source == target || !seen.add((sourceId * 1_000_003L + targetId) * 4 + type)) {
                    continue;
                }
                insert.setLong(1, sourceId);
                insert.setLong(2, targetId);
                insert.setLong(3, typeIds[type]);
                insert.setString(4, sourceId + ":" + targetId + ":" + typeIds[type]);
                insert.setTimestamp(5, now);
                insert.addBatch();
                if (++written % 10_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    private static long firstId(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(
                "SELECT MIN(\"ID\") FROM \"" + CmdbStores.ITEM_TABLE + "\" WHERE \"CI_KEY\" LIKE 'CI-%'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** depends-on, runs-on, part-of, connected-to. */
    private static long[] typeIds(Connection connection) throws SQLException {
        String[] codes = {"depends-on", "runs-on", "part-of", "connected-to"};
        long[] ids = new long[codes.length];
        for (int i = 0; i < codes.length; i++) {
            try (var statement = connection.prepareStatement("SELECT \"ID\" FROM \"" + CmdbStores.REL_TYPE_TABLE + "\" WHERE \"CODE\" = ?")) {
                statement.setString(1, codes[i]);
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    ids[i] = rows.getLong(1);
                }
            }
        }
        return ids;
    }
}
