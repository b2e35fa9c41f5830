package org.relman.cmdb.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.relman.cmdb.app.ConfigurationItemStore;
import org.relman.cmdb.domain.Cause;
import org.relman.cmdb.domain.CiDiff;
import org.relman.cmdb.domain.CiSearch;
import org.relman.cmdb.domain.CiSummary;
import org.relman.cmdb.domain.CiUpdate;
import org.relman.cmdb.domain.ConfigurationItem;
import org.relman.cmdb.domain.FieldChange;
import org.relman.cmdb.domain.HistoryEntry;
import org.relman.cmdb.domain.NewConfigurationItem;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.UserRef;

/** Configuration items in Active Objects tables. Entities never leave this class: callers get records. */
@Named
class AoConfigurationItemStore implements ConfigurationItemStore {
    private final ActiveObjects ao;

    @Inject
    AoConfigurationItemStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public ConfigurationItem create(NewConfigurationItem item, UserRef createdBy) {
        return create(item, createdBy, null);
    }

    @Override
    public ConfigurationItem create(NewConfigurationItem item, UserRef createdBy, Cause cause) {
        try {
            return ao.executeInTransaction(() -> insert(item, createdBy, cause));
        } catch (RuntimeException e) {
            // two writers racing for one key: the unique constraint decides, the loser gets the same answer as a sequential duplicate
            if (findByKey(item.key()).isPresent()) {
                throw duplicate(item.key());
            }
            throw e;
        }
    }

    private ConfigurationItem insert(NewConfigurationItem item, UserRef createdBy, Cause cause) {
        if (ao.count(CmdbItemAO.class, Query.select().where(CmdbItemAO.CI_KEY + " = ?", item.key())) > 0) {
            throw duplicate(item.key());
        }
        Date now = new Date();
        CmdbItemAO row = ao.create(CmdbItemAO.class,
                new DBParam(CmdbItemAO.CI_KEY, item.key()),
                new DBParam("NAME", item.name()),
                new DBParam(CmdbItemAO.SEARCH_TEXT, ItemRows.searchText(item.key(), item.name())),
                new DBParam(CmdbItemAO.CI_TYPE, item.type()),
                new DBParam(CmdbItemAO.ENVIRONMENT, item.environment()),
                new DBParam("OWNER", item.owner()),
                new DBParam("STATUS", item.status().name()),
                new DBParam("CI_VERSION", item.version()),
                new DBParam("CREATED_AT", now),
                new DBParam("CREATED_BY", createdBy.key()),
                new DBParam("UPDATED_AT", now));
        for (Map.Entry<String, String> attribute : item.attributes().entrySet()) {
            addAttribute(row.getID(), attribute.getKey(), attribute.getValue());
        }
        HistoryRows.record(ao, row.getID(), CiDiff.created(item), createdBy, now, cause);
        return ItemRows.toRecord(row, item.attributes());
    }

    @Override
    public Optional<ConfigurationItem> findByKey(String key) {
        return ao.executeInTransaction(() -> {
            CmdbItemAO row = ItemRows.byKey(ao, key);
            return row == null ? Optional.empty() : Optional.of(ItemRows.toRecord(row, ItemRows.attributesOf(ao, row.getID())));
        });
    }

    @Override
    public List<ConfigurationItem> search(CiSearch search) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (search.text() != null) {
            and(where, CmdbItemAO.SEARCH_TEXT + " LIKE ? ESCAPE '!'");
            params.add("%" + escapeLike(search.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (search.type() != null) {
            and(where, CmdbItemAO.CI_TYPE + " = ?");
            params.add(search.type().toLowerCase(Locale.ROOT));
        }
        if (search.environment() != null) {
            and(where, CmdbItemAO.ENVIRONMENT + " = ?");
            params.add(search.environment().toLowerCase(Locale.ROOT));
        }
        Query query = Query.select().order(CmdbItemAO.CI_KEY).limit(search.limit());
        if (where.length() > 0) {
            query = query.where(where.toString(), params.toArray());
        }
        Query finalQuery = query;
        return ao.executeInTransaction(() -> {
            List<ConfigurationItem> items = new ArrayList<>();
            for (CmdbItemAO row : ao.find(CmdbItemAO.class, finalQuery)) {
                items.add(ItemRows.toRecord(row, ItemRows.attributesOf(ao, row.getID())));
            }
            return items;
        });
    }

    @Override
    public Optional<CiUpdate> update(String key, Function<ConfigurationItem, NewConfigurationItem> change, UserRef by, Cause cause) {
        GraphGeneration.ensureRow(ao);
        return ao.executeInTransaction(() -> {
            CmdbItemAO row = ItemRows.byKey(ao, key);
            if (row == null) {
                return Optional.empty();
            }
            ConfigurationItem current = ItemRows.toRecord(row, ItemRows.attributesOf(ao, row.getID()));
            NewConfigurationItem wanted = change.apply(current);
            List<FieldChange> changes = CiDiff.between(current, wanted);
            if (changes.isEmpty()) {
                return Optional.of(new CiUpdate(current, changes));
            }
            Date now = HistoryRows.after(row.getUpdatedAt());
            row.setName(wanted.name());
            row.setSearchText(ItemRows.searchText(key, wanted.name()));
            row.setCiType(wanted.type());
            row.setEnvironment(wanted.environment());
            row.setOwner(wanted.owner());
            row.setStatus(wanted.status().name());
            row.setCiVersion(wanted.version());
            row.setUpdatedAt(now);
            row.save();
            // graph snapshots hold each CI's name, type, environment and status
            GraphGeneration.bump(ao);
            for (FieldChange changed : changes) {
                if (changed.field().startsWith("attributes.")) {
                    replaceAttribute(row.getID(), changed.field().substring("attributes.".length()), changed.after());
                }
                HistoryRows.record(ao, row.getID(), changed, by, now, cause);
            }
            return Optional.of(new CiUpdate(ItemRows.toRecord(row, wanted.attributes()), changes));
        });
    }

    @Override
    public List<HistoryEntry> history(String key, int limit) {
        return ao.executeInTransaction(() -> {
            CmdbItemAO row = ItemRows.byKey(ao, key);
            return row == null ? List.<HistoryEntry>of() : HistoryRows.of(ao, row.getID(), key, limit);
        });
    }

    @Override
    public Map<String, CiSummary> summaries(Collection<String> keys) {
        return ao.executeInTransaction(() -> {
            Map<String, CiSummary> found = new LinkedHashMap<>();
            for (CmdbItemAO row : ItemRows.where(ao, CmdbItemAO.CI_KEY, keys)) {
                found.put(row.getCiKey(), ItemRows.summary(row));
            }
            return found;
        });
    }

    private void addAttribute(int itemId, String name, String value) {
        ao.create(CmdbItemAttrAO.class,
                new DBParam(CmdbItemAttrAO.ITEM_ID, itemId),
                new DBParam("NAME", name),
                new DBParam("ATTR_VALUE", value));
    }

    private void replaceAttribute(int itemId, String name, String value) {
        ao.deleteWithSQL(CmdbItemAttrAO.class, CmdbItemAttrAO.ITEM_ID + " = ? AND NAME = ?", itemId, name);
        if (value != null) {
            addAttribute(itemId, name, value);
        }
    }

    private static void and(StringBuilder where, String condition) {
        where.append(where.length() == 0 ? "" : " AND ").append(condition);
    }

    /** LIKE wildcards a user typed are matched literally. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static String searchText(String key, String name) {
        return ItemRows.searchText(key, name);
    }

    private static ConflictException duplicate(String key) {
        return new ConflictException("key", "key " + key + " is already used by another configuration item.");
    }
}
