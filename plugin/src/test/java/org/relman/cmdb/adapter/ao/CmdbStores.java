package org.relman.cmdb.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import net.java.ao.RawEntity;
import org.relman.cmdb.app.AffectedCiStore;
import org.relman.cmdb.app.CmdbBulkWriter;
import org.relman.cmdb.app.CmdbGraph;
import org.relman.cmdb.app.CmdbTypeStore;
import org.relman.cmdb.app.ConfigurationItemStore;
import org.relman.cmdb.app.ImportJobStore;
import org.relman.cmdb.app.RelationshipStore;

/** The CMDB's stores for code outside this package (benchmarks), as the ports the use cases see. */
public final class CmdbStores {
    /** Every CMDB entity, for migrating a test database. */
    @SuppressWarnings("unchecked")
    public static final Class<? extends RawEntity<?>>[] ENTITIES = new Class[] {CmdbItemAO.class, CmdbItemAttrAO.class,
            CmdbCiTypeAO.class, CmdbRelTypeAO.class, CmdbRelationAO.class, CmdbGraphGenAO.class, CmdbHistoryAO.class, CmdbAffectedCiAO.class,
            CmdbImportJobAO.class};

    public static final String ITEM_TABLE = CmdbTables.ITEM;
    public static final String RELATION_TABLE = CmdbTables.RELATION;
    public static final String REL_TYPE_TABLE = CmdbTables.REL_TYPE;

    private CmdbStores() {
    }

    public static ConfigurationItemStore items(ActiveObjects ao) {
        return new AoConfigurationItemStore(ao);
    }

    public static CmdbTypeStore types(ActiveObjects ao) {
        return new AoCmdbTypeStore(ao);
    }

    public static RelationshipStore relationships(ActiveObjects ao) {
        return new AoRelationshipStore(ao);
    }

    public static AffectedCiStore affected(ActiveObjects ao) {
        return new AoAffectedCiStore(ao);
    }

    public static ImportJobStore jobs(ActiveObjects ao) {
        return new AoImportJobStore(ao);
    }

    public static CmdbBulkWriter bulkWriter(TransactionalExecutorFactory database) {
        return new JdbcBulkWriter(database);
    }

    public static CmdbGraph graph(TransactionalExecutorFactory database) {
        return new JdbcCmdbGraph(database);
    }

    /** A node's graph snapshot cache whose rebuilds run only when {@link #buildSnapshot} is called. */
    public static GraphSnapshots snapshots(TransactionalExecutorFactory database) {
        return new GraphSnapshots(database, rebuild -> { });
    }

    /** Reads the whole graph into {@code snapshots} now. */
    public static org.relman.cmdb.domain.GraphSnapshot buildSnapshot(GraphSnapshots snapshots) {
        return snapshots.rebuild();
    }

    /** How many walks {@code snapshots} answered. */
    public static long walksServed(GraphSnapshots snapshots) {
        return snapshots.walksServed();
    }

    /** The impact walk as production runs it: from this node's snapshot when it is current, else the database. */
    public static CmdbGraph graph(TransactionalExecutorFactory database, GraphSnapshots snapshots) {
        return new JdbcCmdbGraph(database, false, snapshots);
    }

    /** The impact walk through the database as production runs it ({@code customPlans} false) or with every statement planned for its values. */
    public static CmdbGraph graph(TransactionalExecutorFactory database, boolean customPlans) {
        return new JdbcCmdbGraph(database, customPlans);
    }
}
