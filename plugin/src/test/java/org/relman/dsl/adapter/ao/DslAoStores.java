package org.relman.dsl.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.relman.dsl.app.DslEntryStore;
import org.relman.dsl.app.DslTransactions;
import org.relman.dsl.app.StorageRootStore;

/** Builds the DSL's package-private AO adapters for tests in other packages. */
public final class DslAoStores {
    /** Every entity the DSL's stores touch, to migrate. */
    @SuppressWarnings("unchecked")
    public static final Class<? extends net.java.ao.RawEntity<?>>[] ENTITIES =
            new Class[] {DslEntryAO.class, DslCopyAO.class, DslStateChangeAO.class, DslRootAO.class};

    private DslAoStores() {
    }

    public static DslEntryStore entries(ActiveObjects ao) {
        return new AoDslEntryStore(ao);
    }

    public static StorageRootStore roots(ActiveObjects ao) {
        return new AoStorageRootStore(ao);
    }

    public static DslTransactions transactions(ActiveObjects ao) {
        return new AoDslTransactions(ao);
    }
}
