package org.relman.cmdb.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.cmdb.domain.Cause;
import org.relman.cmdb.domain.CiEdit;
import org.relman.cmdb.domain.CiSearch;
import org.relman.cmdb.domain.CiType;
import org.relman.cmdb.domain.CiUpdate;
import org.relman.cmdb.domain.CmdbTypeRules;
import org.relman.cmdb.domain.ConfigurationItem;
import org.relman.cmdb.domain.HistoryEntry;
import org.relman.cmdb.domain.NewConfigurationItem;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/**
 * Use cases on configuration items: reading needs the CMDB reader role, changing the configuration manager's.
 * Items take only CI types that exist and are not retired (an item keeps a type retired after it got it). Every
 * change lands in the item's history with who, when and the optional release or RFC that caused it.
 */
@Named
public class ConfigurationItems {
    public static final int HISTORY_DEFAULT = 100;
    public static final int HISTORY_MAX = 1000;

    private final AccessGuard access;
    private final ConfigurationItemStore store;
    private final CmdbTypeStore types;
    private final Causes causes;

    @Inject
    public ConfigurationItems(AccessGuard access, ConfigurationItemStore store, CmdbTypeStore types, Causes causes) {
        this.access = access;
        this.store = store;
        this.types = types;
        this.causes = causes;
    }

    public ConfigurationItem create(NewConfigurationItem.Input input) {
        return create(input, null);
    }

    /** Creates the item; {@code cause} is the key of the release or RFC behind it, or blank. */
    public ConfigurationItem create(NewConfigurationItem.Input input, String cause) {
        UserRef actor = access.requireRole(RelmanRole.CONFIGURATION_MANAGER, "add configuration items");
        if (input == null) {
            throw new InvalidInputException("request", "A configuration item is required in the request body.");
        }
        List<FieldError> errors = new ArrayList<>();
        Cause why = causeOf(cause, actor, errors);
        NewConfigurationItem item = checked(input, null, types.ciTypes(), errors);
        return store.create(item, actor, why);
    }

    public ConfigurationItem get(String key) {
        access.requireRole(RelmanRole.CMDB_READER, "read the CMDB");
        return store.findByKey(key.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("No configuration item has the key " + key + "."));
    }

    public List<ConfigurationItem> search(CiSearch search) {
        access.requireRole(RelmanRole.CMDB_READER, "read the CMDB");
        return store.search(search);
    }

    /**
     * Applies {@code edit} to the item with {@code key}: fields left {@code null} stay, blank ones are cleared.
     * Keys never change: a {@code keyInBody} other than {@code key} is refused.
     */
    public CiUpdate update(String key, String keyInBody, CiEdit edit, String cause) {
        UserRef actor = access.requireRole(RelmanRole.CONFIGURATION_MANAGER, "change configuration items");
        if (edit == null) {
            throw new InvalidInputException("request", "The fields to change are required in the request body.");
        }
        String itemKey = key.strip().toUpperCase(Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (keyInBody != null && !keyInBody.isBlank() && !keyInBody.strip().equalsIgnoreCase(itemKey)) {
            errors.add(new FieldError("key", "key cannot be changed: " + itemKey + " stays " + itemKey
                    + " (create a new item and retire this one to rename it)."));
        }
        Cause why = causeOf(cause, actor, errors);
        List<CiType> known = types.ciTypes();
        return store.update(itemKey, current -> checked(edit.over(itemKey, current), current.type(), known, errors), actor, why)
                .orElseThrow(() -> new NotFoundException("No configuration item has the key " + key + "."));
    }

    /** Sets the item's status to retired; it keeps its relationships and history. */
    public CiUpdate retire(String key, String cause) {
        return update(key, null, new CiEdit(null, null, null, null, "retired", null, null, false), cause);
    }

    public List<HistoryEntry> history(String key, Integer limit) {
        access.requireRole(RelmanRole.CMDB_READER, "read the CMDB");
        String itemKey = key.strip().toUpperCase(Locale.ROOT);
        if (store.findByKey(itemKey).isEmpty()) {
            throw new NotFoundException("No configuration item has the key " + key + ".");
        }
        int most = limit == null || limit <= 0 ? HISTORY_DEFAULT : Math.min(limit, HISTORY_MAX);
        return store.history(itemKey, most);
    }

    private Cause causeOf(String cause, UserRef actor, List<FieldError> errors) {
        try {
            return causes.cause(cause, actor);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    static NewConfigurationItem checked(NewConfigurationItem.Input input, String keptType, Collection<CiType> known,
                                        List<FieldError> errors) {
        return CmdbTypeRules.validateItem(input, keptType, known, errors);
    }
}
