package org.relman.cmdb.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.relman.cmdb.domain.Cause;
import org.relman.cmdb.domain.FieldChange;
import org.relman.cmdb.domain.HistoryEntry;
import org.relman.platform.domain.UserRef;

/** CI history rows through Active Objects: written inside the transaction of the change they record. */
final class HistoryRows {
    static final int VALUE_MAX = 450;

    private HistoryRows() {
    }

    static void record(ActiveObjects ao, int itemId, FieldChange change, UserRef by, Date at, Cause cause) {
        List<DBParam> params = new ArrayList<>(List.of(
                new DBParam(CmdbHistoryAO.ITEM_ID, itemId),
                new DBParam(CmdbHistoryAO.CHANGED_AT, at),
                new DBParam("CHANGED_BY", by.key()),
                new DBParam("FIELD_NAME", change.field()),
                new DBParam("VALUE_BEFORE", cut(change.before())),
                new DBParam("VALUE_AFTER", cut(change.after()))));
        if (cause != null) {
            params.add(new DBParam(cause.kind() == Cause.Kind.RELEASE ? CmdbHistoryAO.RELEASE_ISSUE_ID : CmdbHistoryAO.RFC_ISSUE_ID,
                    cause.issueId()));
            params.add(new DBParam(CmdbHistoryAO.CAUSE_KEY, cause.issueKey()));
        }
        ao.create(CmdbHistoryAO.class, params.toArray(DBParam[]::new));
    }

    /**
     * The time of a change to an item last changed at {@code last}: now, or a millisecond after {@code last} when the
     * clock has not moved past it. The history reads newest first by time and a change's entries (one time) in the
     * order they were written, by id; two changes at the same millisecond would be indistinguishable by time and
     * come back with the older one's entries first (an update right after a create read "created" as the newest).
     */
    static Date after(Date last) {
        Date now = new Date();
        return last == null || now.after(last) ? now : new Date(last.getTime() + 1);
    }

    /**
     * The item's history, newest first; ties (one change of several fields) in the order they were written, by id,
     * so the order is the same on every read and every database. Changes of one item get distinct times, see {@link #after}.
     */
    static List<HistoryEntry> of(ActiveObjects ao, int itemId, String key, int limit) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (CmdbHistoryAO row : ao.find(CmdbHistoryAO.class, Query.select()
                .where(CmdbHistoryAO.ITEM_ID + " = ?", itemId).order(CmdbHistoryAO.CHANGED_AT + " DESC, ID ASC").limit(limit))) {
            entries.add(new HistoryEntry(key, row.getFieldName(), row.getValueBefore(), row.getValueAfter(), row.getChangedBy(),
                    row.getChangedAt().toInstant(), cause(row)));
        }
        return entries;
    }

    static Cause cause(CmdbHistoryAO row) {
        if (row.getReleaseIssueId() != null) {
            return new Cause(row.getReleaseIssueId(), String.valueOf(row.getCauseKey()), Cause.Kind.RELEASE);
        }
        if (row.getRfcIssueId() != null) {
            return new Cause(row.getRfcIssueId(), String.valueOf(row.getCauseKey()), Cause.Kind.RFC);
        }
        return null;
    }

    static String cut(String value) {
        return value == null || value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX - 1) + "…";
    }
}
