package org.relman.cmdb.adapter.ao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.relman.cmdb.domain.Cause;
import org.relman.cmdb.domain.CiDiff;
import org.relman.cmdb.domain.CiStatus;
import org.relman.cmdb.domain.ConfigurationItem;
import org.relman.cmdb.domain.FieldChange;
import org.relman.cmdb.domain.NewConfigurationItem;
import org.relman.cmdb.domain.imports.ImportCounts;
import org.relman.cmdb.domain.imports.ItemRow;
import org.relman.platform.domain.UserRef;

/**
 * Upserts checked CI rows by key, {@value #CHUNK} rows at a time: one query reads the chunk's stored items and one
 * their attributes, then one {@link BulkInsert} statement inserts the new items and returns their ids (on
 * PostgreSQL; JDBC batches elsewhere), JDBC batches update the changed ones, and bulk inserts write their
 * attributes and history. Rows the same as what is stored write nothing. Runs inside the caller's single transaction.
 */
final class JdbcItemWriter {
    static final int CHUNK = BulkInsert.MAX_ROWS;
    private static final String[] ITEM_COLUMNS = {"CI_KEY", "NAME", "SEARCH_TEXT", "CI_TYPE", "ENVIRONMENT", "OWNER", "STATUS",
            "CI_VERSION", "CREATED_AT", "CREATED_BY", "UPDATED_AT"};
    private static final int[] ITEM_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.TIMESTAMP};

    private record Stored(long id, ConfigurationItem item) {
    }

    private record Change(long id, NewConfigurationItem item, List<FieldChange> changes) {
    }

    private final Connection connection;
    private final CmdbTables tables;
    private final UserRef by;
    private final Timestamp now;
    private final JdbcHistory history;
    private ImportCounts counts = ImportCounts.NONE;

    JdbcItemWriter(Connection connection, CmdbTables tables, UserRef by, Cause cause) throws SQLException {
        this.connection = connection;
        this.tables = tables;
        this.by = by;
        this.now = new Timestamp(System.currentTimeMillis());
        this.history = new JdbcHistory(connection, tables, by, now, cause);
    }

    ImportCounts write(Iterator<ItemRow> rows, LongConsumer progress) throws SQLException {
        try (history) {
            List<ItemRow> chunk = new ArrayList<>(CHUNK);
            while (rows.hasNext()) {
                chunk.add(rows.next());
                if (chunk.size() == CHUNK) {
                    flush(chunk);
                    progress.accept(counts.rowsWritten());
                }
            }
            flush(chunk);
            return counts;
        }
    }

    private void flush(List<ItemRow> chunk) throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        Map<String, Stored> stored = stored(chunk.stream().map(ItemRow::key).toList());
        List<NewConfigurationItem> inserts = new ArrayList<>();
        List<Change> updates = new ArrayList<>();
        long same = 0;
        for (ItemRow row : chunk) {
            Stored current = stored.get(row.key());
            NewConfigurationItem wanted = NewConfigurationItem.validate(row.edit().over(row.key(), current == null ? null : current.item()));
            if (current == null) {
                inserts.add(wanted);
            } else {
                List<FieldChange> changes = CiDiff.between(current.item(), wanted);
                if (changes.isEmpty()) {
                    same++;
                } else {
                    updates.add(new Change(current.id(), wanted, changes));
                }
            }
        }
        insert(inserts);
        update(updates);
        history.flush();
        counts = counts.plus(chunk.size(), inserts.size(), updates.size(), same);
        chunk.clear();
    }

    private void insert(List<NewConfigurationItem> items) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(items.size());
        for (NewConfigurationItem item : items) {
            rows.add(new Object[] {item.key(), item.name(), ItemRows.searchText(item.key(), item.name()), item.type(),
                    item.environment(), item.owner(), item.status().name(), item.version(), now, by.key(), now});
        }
        Map<String, Long> ids;
        try (BulkInsert insert = new BulkInsert(connection, tables, CmdbTables.ITEM, ITEM_COLUMNS, ITEM_TYPES)) {
            ids = insert.insertReturningIds(rows, "CI_KEY", 0);
        }
        try (BulkInsert attributes = attributeInsert()) {
            for (NewConfigurationItem item : items) {
                long id = ids.get(item.key());
                for (Map.Entry<String, String> attribute : item.attributes().entrySet()) {
                    attributes.add((int) id, attribute.getKey(), attribute.getValue());
                }
                history.add(id, CiDiff.created(item));
            }
        }
    }

    private void update(List<Change> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + tables.table(CmdbTables.ITEM) + " SET "
                + String.join(", ", List.of("NAME", "SEARCH_TEXT", "CI_TYPE", "ENVIRONMENT", "OWNER", "STATUS", "CI_VERSION",
                "UPDATED_AT").stream().map(c -> tables.q(c) + " = ?").toList()) + " WHERE " + tables.q("ID") + " = ?");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + tables.table(CmdbTables.ITEM_ATTR)
                     + " WHERE " + tables.q("ITEM_ID") + " = ? AND " + tables.q("NAME") + " = ?");
             BulkInsert attributes = attributeInsert()) {
            int deleted = 0;
            List<Object[]> pendingAttributes = new ArrayList<>();
            for (Change change : changes) {
                fields(update, change.item(), 0);
                update.setTimestamp(8, now);
                update.setInt(9, (int) change.id());
                update.addBatch();
                for (FieldChange field : change.changes()) {
                    if (field.field().startsWith("attributes.")) {
                        String name = field.field().substring("attributes.".length());
                        delete.setInt(1, (int) change.id());
                        delete.setString(2, name);
                        delete.addBatch();
                        deleted++;
                        if (field.after() != null) {
                            pendingAttributes.add(new Object[] {(int) change.id(), name, field.after()});
                        }
                    }
                    history.add(change.id(), field);
                }
            }
            update.executeBatch();
            executeIfAny(delete, deleted);
            for (Object[] attribute : pendingAttributes) {
                attributes.add(attribute);
            }
        }
    }

    /** Binds name … version; with {@code offset} 1 the key comes first (insert), with 0 it is left out (update). */
    private void fields(PreparedStatement statement, NewConfigurationItem item, int offset) throws SQLException {
        int i = 1;
        if (offset == 1) {
            statement.setString(i++, item.key());
        }
        statement.setString(i++, item.name());
        statement.setString(i++, ItemRows.searchText(item.key(), item.name()));
        statement.setString(i++, item.type());
        statement.setString(i++, item.environment());
        statement.setString(i++, item.owner());
        statement.setString(i++, item.status().name());
        statement.setString(i, item.version());
    }

    /** Some drivers (HSQLDB) refuse to execute an empty batch. */
    private static void executeIfAny(PreparedStatement batch, int rows) throws SQLException {
        if (rows > 0) {
            batch.executeBatch();
        }
    }

    private BulkInsert attributeInsert() {
        return new BulkInsert(connection, tables, CmdbTables.ITEM_ATTR, new String[] {"ITEM_ID", "NAME", "ATTR_VALUE"},
                new int[] {Types.INTEGER, Types.VARCHAR, Types.VARCHAR});
    }

    private Map<String, Stored> stored(List<String> keys) throws SQLException {
        Map<String, Long> ids = new LinkedHashMap<>();
        Map<String, ConfigurationItem> items = new HashMap<>();
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + tables.cols("ID", "CI_KEY", "NAME", "CI_TYPE",
                "ENVIRONMENT", "OWNER", "STATUS", "CI_VERSION", "CREATED_AT", "CREATED_BY", "UPDATED_AT") + " FROM "
                + tables.table(CmdbTables.ITEM) + " WHERE " + tables.in("CI_KEY", keys.size()))) {
            tables.bindIn(connection, select, keys, "varchar");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    ids.put(rows.getString(2), id);
                    attributes.put(id, new LinkedHashMap<>());
                    items.put(rows.getString(2), new ConfigurationItem(rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), CiStatus.valueOf(rows.getString(7)), rows.getString(8),
                            Map.of(), rows.getTimestamp(9).toInstant(), rows.getString(10), rows.getTimestamp(11).toInstant()));
                }
            }
        }
        readAttributes(attributes);
        Map<String, Stored> stored = new HashMap<>();
        ids.forEach((key, id) -> {
            ConfigurationItem item = items.get(key);
            stored.put(key, new Stored(id, new ConfigurationItem(item.key(), item.name(), item.type(), item.environment(),
                    item.owner(), item.status(), item.version(), attributes.get(id), item.createdAt(), item.createdBy(),
                    item.updatedAt())));
        });
        return stored;
    }

    private void readAttributes(Map<Long, Map<String, String>> attributes) throws SQLException {
        if (attributes.isEmpty()) {
            return;
        }
        List<Integer> ids = attributes.keySet().stream().map(Long::intValue).toList();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + tables.cols("ITEM_ID", "NAME", "ATTR_VALUE")
                + " FROM " + tables.table(CmdbTables.ITEM_ATTR) + " WHERE " + tables.in("ITEM_ID", ids.size()))) {
            tables.bindIn(connection, select, ids, "integer");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String value = rows.getString(3);
                    attributes.get(rows.getLong(1)).put(rows.getString(2), value == null ? "" : value);
                }
            }
        }
    }
}
