package org.relman.cmdb.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.java.ao.Query;
import org.relman.cmdb.domain.CiStatus;
import org.relman.cmdb.domain.CiSummary;
import org.relman.cmdb.domain.ConfigurationItem;

/** Item rows as records, and the lookups several stores share. */
final class ItemRows {
    /** Oracle allows at most 1000 values in an IN list; keep every list well under. */
    static final int IN_CHUNK = 500;
    static final String SUMMARY_COLUMNS = "ID, CI_KEY, NAME, CI_TYPE, ENVIRONMENT, STATUS";

    private ItemRows() {
    }

    static ConfigurationItem toRecord(CmdbItemAO row, Map<String, String> attributes) {
        return new ConfigurationItem(row.getCiKey(), row.getName(), row.getCiType(), row.getEnvironment(),
                row.getOwner(), CiStatus.valueOf(row.getStatus()), row.getCiVersion(), attributes,
                row.getCreatedAt().toInstant(), row.getCreatedBy(), row.getUpdatedAt().toInstant());
    }

    static CiSummary summary(CmdbItemAO row) {
        return new CiSummary(row.getCiKey(), row.getName(), row.getCiType(), row.getEnvironment(), CiStatus.valueOf(row.getStatus()));
    }

    static Map<String, String> attributesOf(ActiveObjects ao, int itemId) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (CmdbItemAttrAO attribute : ao.find(CmdbItemAttrAO.class,
                Query.select().where(CmdbItemAttrAO.ITEM_ID + " = ?", itemId).order("NAME"))) {
            attributes.put(attribute.getName(), attribute.getAttrValue() == null ? "" : attribute.getAttrValue());
        }
        return attributes;
    }

    static CmdbItemAO byKey(ActiveObjects ao, String key) {
        CmdbItemAO[] rows = ao.find(CmdbItemAO.class, Query.select().where(CmdbItemAO.CI_KEY + " = ?", key));
        return rows.length == 0 ? null : rows[0];
    }

    /** Rows whose {@code column} is one of {@code values}, a few hundred values per query. */
    static <V> List<CmdbItemAO> where(ActiveObjects ao, String column, Collection<V> values) {
        List<CmdbItemAO> rows = new ArrayList<>();
        List<V> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<V> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            Collections.addAll(rows, ao.find(CmdbItemAO.class, Query.select(SUMMARY_COLUMNS)
                    .where(column + " IN (" + marks(chunk.size()) + ")", chunk.toArray())));
        }
        return rows;
    }

    static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    static String searchText(String key, String name) {
        String text = (key + " " + name).toLowerCase(Locale.ROOT);
        return text.length() > 450 ? text.substring(0, 450) : text;
    }
}
