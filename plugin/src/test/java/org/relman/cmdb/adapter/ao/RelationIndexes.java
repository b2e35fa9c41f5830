package org.relman.cmdb.adapter.ao;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The indexes on the relationship table as the database's catalogue reports them (JDBC
 * {@link DatabaseMetaData#getIndexInfo}): index name, lower-cased, to its columns in index order.
 */
final class RelationIndexes {
    static final List<String> WALK_DOWN = List.of("TARGET_ID", "SOURCE_ID", "REL_TYPE_ID", "ID");
    static final List<String> WALK_UP = List.of("SOURCE_ID", "TARGET_ID", "REL_TYPE_ID", "ID");

    private RelationIndexes() {
    }

    static Map<String, List<String>> of(DataSource dataSource) throws SQLException {
        Map<String, List<String>> indexes = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            CmdbTables tables = CmdbTables.on(connection);
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rows = meta.getIndexInfo(null, tables.schema(), CmdbTables.RELATION, false, false)) {
                Map<String, TreeMap<Short, String>> columns = new TreeMap<>();
                while (rows.next()) {
                    String name = rows.getString("INDEX_NAME");
                    String column = rows.getString("COLUMN_NAME");
                    if (name != null && column != null) {
                        columns.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new TreeMap<>())
                                .put(rows.getShort("ORDINAL_POSITION"), column.toUpperCase(Locale.ROOT));
                    }
                }
                columns.forEach((name, ordered) -> indexes.put(name, new ArrayList<>(ordered.values())));
            }
        }
        return indexes;
    }
}
