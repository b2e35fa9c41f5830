package org.relman.cmdb.adapter.ao;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.util.Map;
import org.relman.cmdb.domain.NewConfigurationItem;
import org.relman.cmdb.domain.NewRelationship;
import org.relman.host.ao.EntityManagerActiveObjects;
import org.relman.host.rdbms.DataSourceTransactionalExecutorFactory;
import org.relman.platform.domain.UserRef;
import org.relman.testkit.db.TestDatabase;

/** The CMDB's tables on a test database, its stores, and small builders for test data. */
final class CmdbTestDatabase {
    static final UserRef CONNIE = new UserRef("connie", "connie", "Connie Config");

    final EntityManagerActiveObjects ao;
    final TransactionalExecutorFactory sql;
    final AoConfigurationItemStore items;
    final AoCmdbTypeStore types;
    final AoRelationshipStore relationships;

    CmdbTestDatabase(TestDatabase database) {
        ao = database.activeObjects(CmdbItemAO.class, CmdbItemAttrAO.class, CmdbCiTypeAO.class, CmdbRelTypeAO.class,
                CmdbRelationAO.class, CmdbGraphGenAO.class, CmdbHistoryAO.class, CmdbAffectedCiAO.class, CmdbImportJobAO.class);
        sql = new DataSourceTransactionalExecutorFactory(database.dataSource());
        items = new AoConfigurationItemStore(ao);
        types = new AoCmdbTypeStore(ao);
        relationships = new AoRelationshipStore(ao);
    }

    static NewConfigurationItem item(String key, String type) {
        return item(key, key.toLowerCase() + " item", type, Map.of());
    }

    static NewConfigurationItem item(String key, String name, String type, Map<String, String> attributes) {
        return NewConfigurationItem.validate(new NewConfigurationItem.Input(key, name, type, "production", "Ops team", null, "1.0",
                attributes));
    }

    /** Items with these keys, of type application. */
    CmdbTestDatabase items(String... keys) {
        for (String key : keys) {
            items.create(item(key, "application"), CONNIE);
        }
        return this;
    }

    /** {@code source} relies on {@code target} through {@code type} (the defaults exist after this). */
    CmdbTestDatabase relate(String source, String type, String target) {
        types.relationshipTypes();
        relationships.add(new NewRelationship(source, target, type), CONNIE, null);
        return this;
    }
}
