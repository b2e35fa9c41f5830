package org.relman.cmdb.adapter.ao;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * The CMDB's tables as hand-written SQL must name them. Active Objects names them
 * {@code AO_301B80_<ENTITY>} with upper-case columns (the prefix comes from the {@code <ao>} namespace and never
 * changes, see EntitySchemaRulesTest); PostgreSQL needs those names quoted, with the database's own quote, and in
 * the schema Jira put them in, which is found once per connection from the database's catalogue.
 */
final class CmdbTables {
    static final String PREFIX = "AO_301B80";
    static final String ITEM = PREFIX + "_CMDB_ITEM";
    static final String ITEM_ATTR = PREFIX + "_CMDB_ITEM_ATTR";
    static final String RELATION = PREFIX + "_CMDB_RELATION";
    static final String REL_TYPE = PREFIX + "_CMDB_REL_TYPE";
    static final String HISTORY = PREFIX + "_CMDB_HISTORY";
    static final String GRAPH_GEN = PREFIX + "_CMDB_GRAPH_GEN";

    private final String quote;
    private final String schema;
    private final boolean postgres;
    private final int majorVersion;

    private CmdbTables(String quote, String schema, boolean postgres, int majorVersion) {
        this.quote = quote;
        this.schema = schema;
        this.postgres = postgres;
        this.majorVersion = majorVersion;
    }

    static CmdbTables on(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String quote = meta.getIdentifierQuoteString();
        quote = quote == null || quote.isBlank() ? "" : quote.strip();
        String schema = null;
        String current = connection.getSchema();
        String escape = meta.getSearchStringEscape();
        String pattern = escape == null || escape.isEmpty() ? ITEM : ITEM.replace("_", escape + "_");
        try (ResultSet tables = meta.getTables(null, null, pattern, null)) {
            while (tables.next()) {
                String found = tables.getString("TABLE_SCHEM");
                if (schema == null || found != null && found.equals(current)) {
                    schema = found;
                }
            }
        }
        return new CmdbTables(quote, schema, meta.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres"),
                meta.getDatabaseMajorVersion());
    }

    /** A table's name, quoted and schema-qualified. */
    String table(String name) {
        return (schema == null ? "" : q(schema) + ".") + q(name);
    }

    /** Column names, quoted, separated by commas. */
    String cols(String... names) {
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            text.append(text.length() == 0 ? "" : ", ").append(q(name));
        }
        return text.toString();
    }

    String q(String name) {
        return quote + name + quote;
    }

    /** The schema the CMDB's tables are in, unquoted; null where the database has none. */
    String schema() {
        return schema;
    }

    boolean postgres() {
        return postgres;
    }

    /**
     * {@code column IN (?, ?, …)} for {@code count} values; on PostgreSQL {@code column = ANY (?)}, one array
     * parameter, so the statement text (and its cached plan) does not depend on the number of values.
     */
    String in(String column, int count) {
        return q(column) + (postgres ? " = ANY (?)" : " IN (" + marks(count) + ")");
    }

    /** Binds the values of {@link #in} from parameter 1; {@code arrayType} is PostgreSQL's element type (varchar, integer). */
    void bindIn(Connection connection, PreparedStatement statement, List<?> values, String arrayType) throws SQLException {
        if (postgres) {
            statement.setArray(1, connection.createArrayOf(arrayType, values.toArray()));
        } else {
            bind(statement, values);
        }
    }

    /** Binds the integer values of {@link #in} from parameter 1, unboxed (CI and relationship ids in AO's tables). */
    void bindIn(PreparedStatement statement, int[] values) throws SQLException {
        if (postgres) {
            statement.setObject(1, values);
        } else {
            for (int i = 0; i < values.length; i++) {
                statement.setInt(i + 1, values[i]);
            }
        }
    }

    /**
     * Makes PostgreSQL plan each statement of the transaction for its actual values (PostgreSQL 12+), as an expression
     * for a query that has other work to do in the same round trip. Only the impact benchmark asks for it, to measure
     * it against PostgreSQL's default plan caching; in a transaction that writes it also makes the foreign-key
     * triggers replan their queries for every inserted row, so the import writers never use it.
     */
    static final String FORCE_CUSTOM_PLAN = "set_config('plan_cache_mode', 'force_custom_plan', true)";

    boolean customPlansCanBeForced() {
        return postgres && majorVersion >= 12;
    }

    static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    static void bind(PreparedStatement statement, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }
}
