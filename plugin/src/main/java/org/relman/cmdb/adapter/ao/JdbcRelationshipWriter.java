package org.relman.cmdb.adapter.ao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.relman.cmdb.domain.Cause;
import org.relman.cmdb.domain.CiDiff;
import org.relman.cmdb.domain.FieldChange;
import org.relman.cmdb.domain.NewRelationship;
import org.relman.cmdb.domain.imports.ImportCounts;
import org.relman.cmdb.domain.imports.RelationshipRow;
import org.relman.platform.domain.UserRef;

/**
 * Adds checked relationship rows, {@value #CHUNK} at a time: one query maps the chunk's keys to ids, one finds which
 * relationships exist already (by REL_KEY), and {@link BulkInsert} writes the rest, with a history entry on both CIs.
 * A relationship that exists is left as it is, so re-importing a file changes nothing.
 */
final class JdbcRelationshipWriter {
    static final int CHUNK = BulkInsert.MAX_ROWS;

    private record Type(long id, String name, String inverseName) {
    }

    private final Connection connection;
    private final CmdbTables tables;
    private final UserRef by;
    private final Timestamp now;
    private final JdbcHistory history;
    private final Map<String, Type> types = new HashMap<>();
    private ImportCounts counts = ImportCounts.NONE;

    JdbcRelationshipWriter(Connection connection, CmdbTables tables, UserRef by, Cause cause) throws SQLException {
        this.connection = connection;
        this.tables = tables;
        this.by = by;
        this.now = new Timestamp(System.currentTimeMillis());
        this.history = new JdbcHistory(connection, tables, by, now, cause);
        try (PreparedStatement select = connection.prepareStatement("SELECT " + tables.cols("ID", "CODE", "NAME", "INVERSE_NAME")
                + " FROM " + tables.table(CmdbTables.REL_TYPE)); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                types.put(rows.getString(2), new Type(rows.getLong(1), rows.getString(3), rows.getString(4)));
            }
        }
    }

    ImportCounts write(Iterator<RelationshipRow> rows, LongConsumer progress) throws SQLException {
        try (history; BulkInsert insert = new BulkInsert(connection, tables, CmdbTables.RELATION,
                new String[] {"SOURCE_ID", "TARGET_ID", "REL_TYPE_ID", "REL_KEY", "CREATED_AT", "CREATED_BY"},
                new int[] {Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR})) {
            List<NewRelationship> chunk = new ArrayList<>(CHUNK);
            while (rows.hasNext()) {
                chunk.add(rows.next().relationship());
                if (chunk.size() == CHUNK) {
                    flush(chunk, insert);
                    progress.accept(counts.rowsWritten());
                }
            }
            flush(chunk, insert);
            return counts;
        }
    }

    private void flush(List<NewRelationship> chunk, BulkInsert insert) throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        Set<String> keys = new HashSet<>();
        chunk.forEach(r -> {
            keys.add(r.source());
            keys.add(r.target());
        });
        Map<String, Long> ids = JdbcCmdbGraph.idsOf(connection, tables, keys);
        Map<String, NewRelationship> byRelKey = new HashMap<>();
        for (NewRelationship relationship : chunk) {
            Long source = ids.get(relationship.source());
            Long target = ids.get(relationship.target());
            Type type = types.get(relationship.type());
            if (source == null || target == null || type == null) {
                throw new IllegalStateException("checked before: both CIs and the type of " + relationship + " exist");
            }
            byRelKey.put(source + ":" + target + ":" + type.id(), relationship);
        }
        Set<String> existing = existing(new ArrayList<>(byRelKey.keySet()));
        long added = 0;
        for (Map.Entry<String, NewRelationship> entry : byRelKey.entrySet()) {
            if (existing.contains(entry.getKey())) {
                continue;
            }
            NewRelationship relationship = entry.getValue();
            long source = ids.get(relationship.source());
            long target = ids.get(relationship.target());
            Type type = types.get(relationship.type());
            insert.add((int) source, (int) target, (int) type.id(), entry.getKey(), now, by.key());
            history.add(source, new FieldChange(CiDiff.RELATIONSHIP, null, type.name() + " " + relationship.target()));
            history.add(target, new FieldChange(CiDiff.RELATIONSHIP, null, type.inverseName() + " " + relationship.source()));
            added++;
        }
        insert.flush();
        history.flush();
        counts = counts.plus(chunk.size(), added, 0, chunk.size() - added);
        chunk.clear();
    }

    private Set<String> existing(List<String> relKeys) throws SQLException {
        Set<String> found = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + tables.q("REL_KEY") + " FROM "
                + tables.table(CmdbTables.RELATION) + " WHERE " + tables.in("REL_KEY", relKeys.size()))) {
            tables.bindIn(connection, select, relKeys, "varchar");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }
}
