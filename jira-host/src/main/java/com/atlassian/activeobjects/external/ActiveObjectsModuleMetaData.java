package com.atlassian.activeobjects.external;

import com.atlassian.activeobjects.spi.DatabaseType;
import net.java.ao.RawEntity;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Compile-only mirror (see MIRRORS.md). */
public interface ActiveObjectsModuleMetaData {

    void awaitInitialization() throws ExecutionException, InterruptedException;

    void awaitInitialization(long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException;

    boolean isInitialized();

    DatabaseType getDatabaseType();

    boolean isDataSourcePresent();

    boolean isTablePresent(Class<? extends RawEntity<?>> type);
}
