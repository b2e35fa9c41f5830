package org.relman.cmdb.app;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.relman.cmdb.domain.Cause;
import org.relman.cmdb.domain.CiSearch;
import org.relman.cmdb.domain.CiSummary;
import org.relman.cmdb.domain.CiUpdate;
import org.relman.cmdb.domain.ConfigurationItem;
import org.relman.cmdb.domain.HistoryEntry;
import org.relman.cmdb.domain.NewConfigurationItem;
import org.relman.platform.domain.UserRef;

/** Where configuration items are kept. Every change to an item is recorded in its history in the same transaction. */
public interface ConfigurationItemStore {
    /**
     * Stores a new item with its attributes, all or nothing, and a "created" entry in its history.
     *
     * @throws org.relman.platform.domain.ConflictException naming {@code key} when the key is taken
     */
    ConfigurationItem create(NewConfigurationItem item, UserRef createdBy);

    /** As {@link #create(NewConfigurationItem, UserRef)}, recording the release or RFC that caused it ({@code cause} may be null). */
    ConfigurationItem create(NewConfigurationItem item, UserRef createdBy, Cause cause);

    Optional<ConfigurationItem> findByKey(String key);

    /** Items matching the search, ordered by key. */
    List<ConfigurationItem> search(CiSearch search);

    /**
     * Reads the item with {@code key} and, in the same transaction, stores what {@code change} makes of it (the key
     * never changes) with one history entry per changed field. {@code change} may throw to refuse; nothing is
     * written then. Empty when no item has the key.
     */
    Optional<CiUpdate> update(String key, Function<ConfigurationItem, NewConfigurationItem> change, UserRef by, Cause cause);

    /** The item's history, newest first. */
    List<HistoryEntry> history(String key, int limit);

    /** The CIs that exist among these keys, by key. */
    Map<String, CiSummary> summaries(Collection<String> keys);
}
