package org.relman.cmdb.adapter.ao;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import org.relman.cmdb.domain.Cause;
import org.relman.cmdb.domain.FieldChange;
import org.relman.platform.domain.UserRef;

/** History rows written in bulk by the import writers: the same rows {@link HistoryRows} writes one at a time. */
final class JdbcHistory implements AutoCloseable {
    private static final String[] COLUMNS = {"ITEM_ID", "CHANGED_AT", "CHANGED_BY", "FIELD_NAME", "VALUE_BEFORE", "VALUE_AFTER",
            "RELEASE_ISSUE_ID", "RFC_ISSUE_ID", "CAUSE_KEY"};
    private static final int[] TYPES = {Types.INTEGER, Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.VARCHAR};

    private final BulkInsert insert;
    private final UserRef by;
    private final Timestamp at;
    private final Cause cause;

    JdbcHistory(Connection connection, CmdbTables tables, UserRef by, Timestamp at, Cause cause) {
        this.insert = new BulkInsert(connection, tables, CmdbTables.HISTORY, COLUMNS, TYPES);
        this.by = by;
        this.at = at;
        this.cause = cause;
    }

    void add(long itemId, FieldChange change) throws SQLException {
        Long release = cause != null && cause.kind() == Cause.Kind.RELEASE ? cause.issueId() : null;
        Long rfc = cause != null && cause.kind() == Cause.Kind.RFC ? cause.issueId() : null;
        insert.add((int) itemId, at, by.key(), change.field(), HistoryRows.cut(change.before()), HistoryRows.cut(change.after()),
                release, rfc, cause == null ? null : cause.issueKey());
    }

    /** Writes what is pending; after the rows it refers to are written. */
    void flush() throws SQLException {
        insert.flush();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
