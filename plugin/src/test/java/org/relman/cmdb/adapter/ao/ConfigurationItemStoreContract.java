package org.relman.cmdb.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.java.ao.Query;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.cmdb.domain.Cause;
import org.relman.cmdb.domain.CiEdit;
import org.relman.cmdb.domain.CiSearch;
import org.relman.cmdb.domain.CiSummary;
import org.relman.cmdb.domain.CiUpdate;
import org.relman.cmdb.domain.FieldChange;
import org.relman.cmdb.domain.HistoryEntry;
import org.relman.cmdb.domain.CiStatus;
import org.relman.cmdb.domain.ConfigurationItem;
import org.relman.cmdb.domain.NewConfigurationItem;
import org.relman.host.ao.EntityManagerActiveObjects;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.UserRef;
import org.relman.testkit.db.OnDatabase;
import org.relman.testkit.db.TestDatabaseKind;
import org.relman.testkit.db.TestDatabaseKind;

/** What every store of configuration items must do; run on HSQLDB and on PostgreSQL by its subclasses. */
abstract class ConfigurationItemStoreContract implements OnDatabase {
    private static final UserRef CONNIE = new UserRef("connie", "connie", "Connie Config");

    private EntityManagerActiveObjects ao;
    private AoConfigurationItemStore store;

    @BeforeEach
    void openStore() {
        CmdbTestDatabase cmdb = new CmdbTestDatabase(database());
        ao = cmdb.ao;
        store = cmdb.items;
    }

    private static NewConfigurationItem item(String key, String name, String type, String environment, Map<String, String> attributes) {
        return NewConfigurationItem.validate(new NewConfigurationItem.Input(key, name, type, environment, "Ops team", null, "2.1", attributes));
    }

    @Test
    void storesInTheTableJiraWouldCreate() {
        assertThat(ao.tableName(CmdbItemAO.class)).isEqualTo("AO_301B80_CMDB_ITEM");
        assertThat(ao.tableName(CmdbItemAttrAO.class)).isEqualTo("AO_301B80_CMDB_ITEM_ATTR");
    }

    @Test
    void createsAnItemAndReadsItBackWithItsAttributes() {
        ConfigurationItem created = store.create(item("APP-CRM", "CRM application", "application", "production",
                Map.of("os", "RHEL 9", "tier", "gold")), CONNIE);

        ConfigurationItem read = store.findByKey("APP-CRM").orElseThrow();
        assertThat(read).isEqualTo(created);
        assertThat(read.name()).isEqualTo("CRM application");
        assertThat(read.status()).isEqualTo(CiStatus.ACTIVE);
        assertThat(read.attributes()).containsExactlyInAnyOrderEntriesOf(Map.of("os", "RHEL 9", "tier", "gold"));
        assertThat(read.createdBy()).isEqualTo("connie");
        assertThat(store.findByKey("APP-NONE")).isEmpty();
    }

    @Test
    void refusesASecondItemWithTheSameKeyAndKeepsTheFirst() {
        store.create(item("DB-01", "Orders database", "database", "production", Map.of("engine", "postgres")), CONNIE);

        assertThatThrownBy(() -> store.create(item("DB-01", "Impostor", "database", "test", Map.of("x", "y")), CONNIE))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("key"));

        assertThat(store.findByKey("DB-01").orElseThrow().name()).isEqualTo("Orders database");
        assertThat(ao.count(CmdbItemAttrAO.class)).isEqualTo(1);
    }

    @Test
    void leavesNothingBehindWhenAnAttributeCannotBeStored() {
        NewConfigurationItem tooLong = new NewConfigurationItem("SRV-9", "Server 9", "server", null, null,
                CiStatus.ACTIVE, null, Map.of("a", "ok", "z", "x".repeat(2000)));

        assertThatThrownBy(() -> store.create(tooLong, CONNIE)).isNotInstanceOf(ConflictException.class);

        assertThat(store.findByKey("SRV-9")).isEmpty();
        assertThat(ao.count(CmdbItemAO.class)).isZero();
        assertThat(ao.count(CmdbItemAttrAO.class)).isZero();
    }

    @Test
    void searchesByTextTypeAndEnvironmentInKeyOrder() {
        store.create(item("APP-CRM", "CRM application", "application", "production", Map.of()), CONNIE);
        store.create(item("APP-CRM-TEST", "CRM application (test)", "application", "test", Map.of()), CONNIE);
        store.create(item("DB-CRM", "CRM database", "database", "production", Map.of()), CONNIE);
        store.create(item("WEB_1", "Web 100% edition", "server", "production", Map.of()), CONNIE);

        assertThat(keys(new CiSearch("crm", null, null, 0))).containsExactly("APP-CRM", "APP-CRM-TEST", "DB-CRM");
        assertThat(keys(new CiSearch("CRM", "application", null, 0))).containsExactly("APP-CRM", "APP-CRM-TEST");
        assertThat(keys(new CiSearch(null, null, "production", 0))).containsExactly("APP-CRM", "DB-CRM", "WEB_1");
        assertThat(keys(new CiSearch(null, null, null, 2))).containsExactly("APP-CRM", "APP-CRM-TEST");
        assertThat(keys(new CiSearch("100%", null, null, 0))).containsExactly("WEB_1");
        assertThat(keys(new CiSearch("b_1", null, null, 0))).containsExactly("WEB_1");
        assertThat(keys(new CiSearch("p_c", null, null, 0))).as("'_' is no wildcard").isEmpty();
    }

    @Test
    void concurrentCreatesOfOneKeyLeaveExactlyOneItem() throws Exception {
        // Jira never runs on HSQLDB, and there AO's provider serialises inserts behind a JVM lock that can
        // deadlock against HSQLDB's own row locks: races are proven on PostgreSQL.
        assumeTrue(database().kind() == TestDatabaseKind.POSTGRESQL, "races are checked on PostgreSQL");
        // AO's HSQLDB provider holds a Java lock around each insert, which deadlocks with HSQLDB's row lock on the
        // racing key; Jira never runs on HSQLDB, and the race itself is what PostgreSQL must decide
        assumeTrue(database().kind() == TestDatabaseKind.POSTGRESQL, "a race for one key is decided on PostgreSQL");
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<String>> attempts = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String name = "Racer " + i;
                attempts.add(() -> {
                    try {
                        store.create(item("RACE", name, "server", null, Map.of("n", name)), CONNIE);
                        return "created";
                    } catch (ConflictException e) {
                        return "conflict";
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : pool.invokeAll(attempts)) {
                outcomes.add(outcome.get());
            }
            assertThat(outcomes).containsOnlyOnce("created").filteredOn("conflict"::equals).hasSize(writers - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ao.count(CmdbItemAO.class)).isEqualTo(1);
        assertThat(ao.count(CmdbItemAttrAO.class)).isEqualTo(1);
    }

    @Test
    void recordsACreatedItemInItsHistoryWithTheCause() {
        Cause rfc = new Cause(10000, "CHG-1", Cause.Kind.RFC);
        store.create(item("APP-CRM", "CRM application", "application", "production", Map.of()), CONNIE, rfc);

        assertThat(store.history("APP-CRM", 10)).singleElement().satisfies(entry -> {
            assertThat(entry.field()).isEqualTo("created");
            assertThat(entry.after()).isEqualTo("CRM application");
            assertThat(entry.changedBy()).isEqualTo("connie");
            assertThat(entry.cause()).isEqualTo(rfc);
        });
    }

    @Test
    void updatesTheFieldsAndRecordsEachChangeWithBeforeAfterWhoAndTheRelease() {
        store.create(item("DB-01", "Orders database", "database", "production", Map.of("engine", "postgres", "tier", "gold")), CONNIE);
        Cause release = new Cause(10003, "REL-1", Cause.Kind.RELEASE);
        UserRef rob = new UserRef("rob", "rob", "Rob Release");

        CiUpdate update = store.update("DB-01", current -> NewConfigurationItem.validate(
                new CiEdit("Orders DB", null, "", null, "maintenance", "16", Map.of("engine", "postgres 16", "tier", "", "ha", "yes"), false)
                        .over("DB-01", current)), rob, release).orElseThrow();

        assertThat(update.changes()).extracting(FieldChange::field).containsExactly("name", "environment", "status", "version",
                "attributes.engine", "attributes.ha", "attributes.tier");
        ConfigurationItem read = store.findByKey("DB-01").orElseThrow();
        assertThat(read.name()).isEqualTo("Orders DB");
        assertThat(read.environment()).isNull();
        assertThat(read.status()).isEqualTo(CiStatus.MAINTENANCE);
        assertThat(read.attributes()).containsExactlyInAnyOrderEntriesOf(Map.of("engine", "postgres 16", "ha", "yes"));
        assertThat(update.item()).isEqualTo(read);
        List<HistoryEntry> history = store.history("DB-01", 100);
        assertThat(history).hasSize(8);
        assertThat(history.subList(0, 7)).allSatisfy(entry -> {
            assertThat(entry.changedBy()).isEqualTo("rob");
            assertThat(entry.cause()).isEqualTo(release);
        });
        assertThat(history.get(0)).extracting(HistoryEntry::field, HistoryEntry::before, HistoryEntry::after)
                .containsExactly("name", "Orders database", "Orders DB");
        assertThat(history.get(7).field()).as("the oldest entry comes last").isEqualTo("created");
        assertThat(store.history("DB-01", 2)).hasSize(2);
    }

    @Test
    void anUpdateReadsBackAsTheNewestChangeWhenTheClockHasNotPassedTheLastOne() {
        // The same millisecond (one create-then-update in five on HSQLDB) or another node whose clock is behind.
        store.create(item("APP-1", "App 1", "application", "production", Map.of()), CONNIE);
        Date ahead = new Date(System.currentTimeMillis() + 60_000);
        ao.executeInTransaction(() -> {
            CmdbItemAO row = ItemRows.byKey(ao, "APP-1");
            row.setUpdatedAt(ahead);
            row.save();
            for (CmdbHistoryAO entry : ao.find(CmdbHistoryAO.class,
                    Query.select().where(CmdbHistoryAO.ITEM_ID + " = ?", row.getID()))) {
                entry.setChangedAt(ahead);
                entry.save();
            }
            return null;
        });
        UserRef rob = new UserRef("rob", "rob", "Rob Release");

        store.update("APP-1", current -> NewConfigurationItem.validate(
                new CiEdit("Renamed", null, null, null, null, null, null, false).over("APP-1", current)), rob, null);

        assertThat(store.history("APP-1", 10)).extracting(HistoryEntry::changedBy, HistoryEntry::field)
                .containsExactly(tuple("rob", "name"), tuple("connie", "created"));
    }

    @Test
    void anUpdateThatChangesNothingWritesNoHistory() {
        store.create(item("SRV-1", "Server 1", "server", "production", Map.of()), CONNIE);

        CiUpdate update = store.update("SRV-1", current -> NewConfigurationItem.validate(
                new CiEdit("Server 1", "server", null, null, null, null, null, false).over("SRV-1", current)), CONNIE, null).orElseThrow();

        assertThat(update.changes()).isEmpty();
        assertThat(store.history("SRV-1", 10)).hasSize(1);
    }

    @Test
    void aRefusedUpdateWritesNothingAndAnUnknownKeyIsEmpty() {
        store.create(item("SRV-1", "Server 1", "server", "production", Map.of()), CONNIE);

        assertThatThrownBy(() -> store.update("SRV-1", current -> {
            throw new InvalidInputException("type", "type 'x' is not a CI type.");
        }, CONNIE, null)).isInstanceOf(InvalidInputException.class);

        assertThat(store.findByKey("SRV-1").orElseThrow().name()).isEqualTo("Server 1");
        assertThat(store.update("NOPE", current -> null, CONNIE, null)).isEmpty();
    }

    @Test
    void summarisesTheItemsThatExistAmongKeys() {
        store.create(item("APP-1", "App one", "application", "test", Map.of()), CONNIE);
        store.create(item("APP-2", "App two", "application", "production", Map.of()), CONNIE);

        assertThat(store.summaries(List.of("APP-1", "APP-2", "APP-3"))).containsOnlyKeys("APP-1", "APP-2")
                .containsEntry("APP-1", new CiSummary("APP-1", "App one", "application", "test", CiStatus.ACTIVE));
        assertThat(store.summaries(List.of())).isEmpty();
    }

    private List<String> keys(CiSearch search) {
        return store.search(search).stream().map(ConfigurationItem::key).toList();
    }
}
