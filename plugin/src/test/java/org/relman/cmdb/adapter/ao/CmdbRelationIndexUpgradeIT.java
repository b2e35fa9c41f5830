package org.relman.cmdb.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relman.cmdb.domain.NewRelationship;
import org.relman.cmdb.domain.RelationshipOfCi;
import org.relman.host.ao.EntityManagerActiveObjects;
import org.relman.testkit.db.TestDatabase;
import org.relman.testkit.db.TestDatabaseKind;

/**
 * An installation upgraded from a release whose relationship table had single-column indexes gets the covering
 * indexes from Active Objects' migrate alone (which Jira runs when the plugin is enabled), keeping its rows: no
 * upgrade task is needed for them.
 */
class CmdbRelationIndexUpgradeIT {

    @ParameterizedTest
    @EnumSource(TestDatabaseKind.class)
    void migrateAddsTheCoveringIndexesToAnExistingTableAndKeepsItsRows(TestDatabaseKind kind) throws Exception {
        try (TestDatabase database = TestDatabase.open(kind)) {
            try (EntityManagerActiveObjects old = EntityManagerActiveObjects.create(database.dataSource(), "org.relman")) {
                old.migrate(CmdbItemAO.class, CmdbItemAttrAO.class, CmdbCiTypeAO.class, CmdbRelTypeAO.class,
                        LegacyCmdbRelationAO.class, CmdbGraphGenAO.class, CmdbHistoryAO.class);
                AoConfigurationItemStore items = new AoConfigurationItemStore(old);
                items.create(CmdbTestDatabase.item("APP-1", "application"), CmdbTestDatabase.CONNIE);
                items.create(CmdbTestDatabase.item("DB-1", "database"), CmdbTestDatabase.CONNIE);
                new AoCmdbTypeStore(old).relationshipTypes();
                new AoRelationshipStore(old).add(new NewRelationship("APP-1", "DB-1", "depends-on"), CmdbTestDatabase.CONNIE, null);
            }
            assertThat(RelationIndexes.of(database.dataSource()).values()).as("the old table")
                    .doesNotContain(RelationIndexes.WALK_DOWN, RelationIndexes.WALK_UP);

            CmdbTestDatabase cmdb = new CmdbTestDatabase(database);

            assertThat(RelationIndexes.of(database.dataSource()).values()).as("the migrated table")
                    .contains(RelationIndexes.WALK_DOWN, RelationIndexes.WALK_UP);
            assertThat(cmdb.relationships.of("APP-1", 10)).extracting(RelationshipOfCi::target).containsExactly("DB-1");
        }
    }
}
