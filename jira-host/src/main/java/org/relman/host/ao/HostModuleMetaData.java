package org.relman.host.ao;

import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.activeobjects.spi.DatabaseType;
import net.java.ao.RawEntity;

import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Outside Jira the module is ready as soon as the facade exists, and the DataSource is always there. */
final class HostModuleMetaData implements ActiveObjectsModuleMetaData {

    private final DatabaseType databaseType;
    private final Predicate<Class<? extends RawEntity<?>>> tablePresent;

    HostModuleMetaData(DatabaseType databaseType, Predicate<Class<? extends RawEntity<?>>> tablePresent) {
        this.databaseType = databaseType;
        this.tablePresent = tablePresent;
    }

    @Override
    public void awaitInitialization() {
    }

    @Override
    public void awaitInitialization(long timeout, TimeUnit unit) {
    }

    @Override
    public boolean isInitialized() {
        return true;
    }

    @Override
    public DatabaseType getDatabaseType() {
        return databaseType;
    }

    @Override
    public boolean isDataSourcePresent() {
        return true;
    }

    @Override
    public boolean isTablePresent(Class<? extends RawEntity<?>> type) {
        return tablePresent.test(type);
    }
}
