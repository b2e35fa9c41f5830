package org.relman.dsl.adapter.cmdb;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.cmdb.app.ConfigurationItemStore;
import org.relman.cmdb.domain.ConfigurationItem;
import org.relman.cmdb.domain.NewConfigurationItem;
import org.relman.dsl.app.ReleasePackageRecords;
import org.relman.dsl.domain.PackageRecord;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.UserRef;

/**
 * A release's package in the CMDB: a configuration item of type {@value #CI_TYPE} keyed
 * {@code PKG-<RELEASE KEY>}, with attributes {@code package-state} and {@code dsl-entries}. Goes to the
 * CMDB's store directly, not through its use case: the DSL's use case has already checked that the caller
 * is a librarian, and a librarian need not be a configuration manager to place a package.
 */
@Named
class CmdbReleasePackageRecords implements ReleasePackageRecords {
    static final String CI_TYPE = "release-package";
    static final String KEY_PREFIX = "PKG-";
    static final String STATE = "package-state";
    static final String ENTRIES = "dsl-entries";

    private final ConfigurationItemStore items;

    @Inject
    CmdbReleasePackageRecords(ConfigurationItemStore items) {
        this.items = items;
    }

    static String ciKey(String releaseKey) {
        return KEY_PREFIX + releaseKey.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public Optional<PackageRecord> find(String releaseKey) {
        return items.findByKey(ciKey(releaseKey)).map(CmdbReleasePackageRecords::toRecord);
    }

    @Override
    public PackageRecord markPending(String releaseKey, int entryCount, UserRef by) {
        String key = ciKey(releaseKey);
        NewConfigurationItem item = NewConfigurationItem.validate(new NewConfigurationItem.Input(key,
                "Release package " + releaseKey.strip().toUpperCase(Locale.ROOT), CI_TYPE, null, null, "planned", null,
                Map.of(STATE, PackageRecord.PENDING, ENTRIES, Integer.toString(entryCount))));
        try {
            return toRecord(items.create(item, by));
        } catch (ConflictException e) {
            throw new ConflictException("releaseKey", "The package of " + releaseKey + " was already placed: the CMDB holds " + key + ".");
        }
    }

    @Override
    public boolean packagePending(String releaseKey) {
        return find(releaseKey).map(PackageRecord::pending).orElse(false);
    }

    private static PackageRecord toRecord(ConfigurationItem item) {
        return new PackageRecord(item.key(), item.attributes().get(STATE));
    }
}
