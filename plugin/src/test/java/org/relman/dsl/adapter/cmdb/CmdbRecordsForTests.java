package org.relman.dsl.adapter.cmdb;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.reflect.Constructor;
import org.relman.cmdb.app.ConfigurationItemStore;
import org.relman.dsl.app.ReleasePackageRecords;

/**
 * The real CMDB store and the DSL's adapter over it, for tests. The CMDB's AO store is package-private in its
 * own feature, so it is built reflectively here, in one place: if its constructor changes, only this breaks.
 */
public final class CmdbRecordsForTests {
    private CmdbRecordsForTests() {
    }

    public static ConfigurationItemStore cmdbStore(ActiveObjects ao) {
        try {
            Constructor<?> constructor = Class.forName("org.relman.cmdb.adapter.ao.AoConfigurationItemStore")
                    .getDeclaredConstructor(ActiveObjects.class);
            constructor.setAccessible(true);
            return (ConfigurationItemStore) constructor.newInstance(ao);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The CMDB's AO store is no longer built from ActiveObjects alone: update this helper", e);
        }
    }

    public static ReleasePackageRecords records(ConfigurationItemStore items) {
        return new CmdbReleasePackageRecords(items);
    }
}
