package org.relman.dsl.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.cmdb.adapter.ao.CmdbItemAO;
import org.relman.cmdb.adapter.ao.CmdbHistoryAO;
import org.relman.cmdb.adapter.ao.CmdbItemAttrAO;
import org.relman.cmdb.app.ConfigurationItemStore;
import org.relman.dsl.adapter.ao.DslAoStores;
import org.relman.dsl.adapter.cmdb.CmdbRecordsForTests;
import org.relman.dsl.domain.DslEntry;
import org.relman.dsl.domain.DslSearch;
import org.relman.dsl.domain.EntryState;
import org.relman.dsl.domain.NewDslEntry;
import org.relman.dsl.domain.PackageRecord;
import org.relman.dsl.domain.PlacedPackage;
import org.relman.host.ao.EntityManagerActiveObjects;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.UserRef;
import org.relman.testkit.db.OnDatabase;
import org.relman.testkit.db.TestDatabaseKind;

/**
 * Placing a release package with the real DSL and CMDB stores in one transaction; run on HSQLDB and on
 * PostgreSQL by its subclasses (PostgreSQL aborts a transaction at its first failed statement, HSQLDB does not).
 */
abstract class ReleasePackagesContract implements OnDatabase {
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final People people = new People().actingAs(People.LIBBY);
    private EntityManagerActiveObjects ao;
    private DslEntryStore entries;
    private ConfigurationItemStore items;
    private ReleasePackageRecords records;

    @BeforeEach
    void open() {
        database().activeObjects(DslAoStores.ENTITIES);
        ao = database().activeObjects(CmdbItemAO.class, CmdbItemAttrAO.class, CmdbHistoryAO.class);
        entries = DslAoStores.entries(ao);
        items = CmdbRecordsForTests.cmdbStore(ao);
        records = CmdbRecordsForTests.records(items);
    }

    private ReleasePackages packages(ReleasePackageRecords withRecords) {
        return new ReleasePackages(people.access(), People.releases(), entries, withRecords, DslAoStores.transactions(ao));
    }

    private ReleasePackages packages() {
        return packages(records);
    }

    static NewDslEntry.Input entry(String name, String version) {
        return new NewDslEntry.Input(name, version, "installer", SHA, 4096L, "/srv/dsl/" + name + "-" + version,
                List.of("https://artifacts.example.com/" + name), null);
    }

    @Test
    void recordsTheEntriesPendingAndThePackagePendingInTheCmdb() {
        PlacedPackage placed = packages().place("rel-1", List.of(entry("crm", "5.2"), entry("crm-db-migration", "5.2")));

        assertThat(placed.record()).isEqualTo(new PackageRecord("PKG-REL-1", "pending"));
        assertThat(placed.entries()).extracting(DslEntry::state).containsOnly(EntryState.PENDING);
        assertThat(placed.entries()).extracting(DslEntry::releaseIssueId).containsOnly(People.REL_1.id());
        assertThat(records.packagePending("REL-1")).isTrue();
        assertThat(items.findByKey("PKG-REL-1").orElseThrow().attributes()).containsEntry("dsl-entries", "2");
        assertThat(inRelease()).extracting(DslEntry::name).containsExactly("crm", "crm-db-migration");
        assertThat(entries.find(placed.entries().get(0).id()).orElseThrow().copies()).hasSize(2);
    }

    @Test
    void refusesToPlaceAPackageTwiceAndStoresNothingMore() {
        packages().place("REL-1", List.of(entry("crm", "5.2")));

        assertThatThrownBy(() -> packages().place("REL-1", List.of(entry("crm-hotfix", "5.2.1"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.errors()).containsExactly(new FieldError("releaseKey",
                        "The package of REL-1 was already placed in the DSL and recorded in the CMDB; placing it again is not supported yet.")));
        assertThat(inRelease()).extracting(DslEntry::name).containsExactly("crm");
        assertThat(entries.contains("crm-hotfix", "5.2.1")).isFalse();
    }

    @Test
    void anEntryAlreadyInTheLibraryRefusesTheWholePackageNamingTheEntry() {
        packages().place("REL-1", List.of(entry("crm", "5.2")));
        ao.deleteWithSQL(CmdbItemAttrAO.class, "1 = 1");
        ao.deleteWithSQL(CmdbHistoryAO.class, "1 = 1");
        ao.deleteWithSQL(CmdbItemAO.class, "1 = 1");

        assertThatThrownBy(() -> packages().place("REL-1", List.of(entry("web", "1.0"), entry("CRM", "5.2"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("entries[1].name", "CRM 5.2 is already in the DSL.")));
        assertThat(entries.contains("web", "1.0")).as("the entry before the clash was rolled back").isFalse();
        assertThat(records.find("REL-1")).isEmpty();
    }

    @Test
    void whenTheCmdbCannotRecordThePackageNoEntryIsLeftBehind() {
        ReleasePackageRecords failing = new ReleasePackageRecords() {
            @Override
            public Optional<PackageRecord> find(String releaseKey) {
                return records.find(releaseKey);
            }

            @Override
            public PackageRecord markPending(String releaseKey, int entryCount, UserRef by) {
                records.markPending(releaseKey, entryCount, by);
                throw new IllegalStateException("the CMDB went away");
            }

            @Override
            public boolean packagePending(String releaseKey) {
                return records.packagePending(releaseKey);
            }
        };

        assertThatThrownBy(() -> packages(failing).place("REL-1", List.of(entry("crm", "5.2"), entry("web", "1.0"))))
                .hasMessage("the CMDB went away");
        assertThat(inRelease()).isEmpty();
        assertThat(ao.count(CmdbItemAO.class)).isZero();
        assertThat(ao.count(CmdbItemAttrAO.class)).isZero();
    }

    @Test
    void namesEveryBrokenRuleByItsEntry() {
        NewDslEntry.Input bad = new NewDslEntry.Input("web", "1.0", "package", "abc", -3L, "/srv/dsl/web", null, "REL-1");

        assertThatThrownBy(() -> packages().place("REL-1", List.of(entry("crm", "5.2"), bad, entry("CRM", "5.2"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("entries[1].release", "entries[1].kind", "entries[1].sha256", "entries[1].size",
                                "entries[2].version"));
        assertThatThrownBy(() -> packages().place("REL-1", List.of()))
                .hasMessage("entries: entries is required: the package's DSL entries, at least one.");
        assertThat(ao.count(CmdbItemAO.class)).isZero();
    }

    @Test
    void onlyALibrarianPlacesAPackageAndOnlyOnAReleaseTheyCanSee() {
        people.actingAs(People.RITA);
        assertThatThrownBy(() -> packages().place("REL-1", List.of(entry("crm", "5.2"))))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Only a DSL librarian may place release packages in the DSL.");

        people.actingAs(People.LIBBY);
        assertThatThrownBy(() -> packages().place("REL-404", List.of(entry("crm", "5.2"))))
                .isInstanceOf(NotFoundException.class).hasMessage("No Release issue REL-404 exists, or you may not see it.");
        assertThatThrownBy(() -> packages().place("CHG-1", List.of(entry("crm", "5.2"))))
                .hasMessage("releaseKey: CHG-1 is a RFC issue, not a Release: DSL entries belong to releases.");
        assertThat(ao.count(CmdbItemAO.class)).isZero();
    }

    @Test
    void aReaderSeesWhatThePackageHolds() {
        packages().place("REL-1", List.of(entry("crm", "5.2")));
        people.actingAs(People.READER);

        ReleasePackages.PackageView view = packages().show("rel-1");

        assertThat(view.record()).contains(new PackageRecord("PKG-REL-1", "pending"));
        assertThat(view.entries()).extracting(DslEntry::name).containsExactly("crm");
    }

    @Test
    void twoLibrariansPlacingOnePackageAtOnceRecordItOnce() throws Exception {
        racesNeedPostgres();
        int librarians = 4;
        ExecutorService pool = Executors.newFixedThreadPool(librarians);
        List<String> outcomes = new ArrayList<>();
        try {
            List<Callable<String>> attempts = new ArrayList<>();
            for (int i = 0; i < librarians; i++) {
                attempts.add(() -> {
                    try {
                        packages().place("REL-1", List.of(entry("crm", "5.2"), entry("web", "1.0")));
                        return "placed";
                    } catch (ConflictException e) {
                        return "conflict";
                    }
                });
            }
            for (Future<String> outcome : pool.invokeAll(attempts)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).containsOnlyOnce("placed").filteredOn("conflict"::equals).hasSize(librarians - 1);
        assertThat(inRelease()).hasSize(2);
        assertThat(ao.count(CmdbItemAO.class)).isEqualTo(1);
    }

    private List<DslEntry> inRelease() {
        return entries.search(new DslSearch(null, null, null, People.REL_1.id(), 0, 0));
    }

    /**
     * Races run on PostgreSQL only: Active Objects' HSQLDB provider inserts under one JVM-wide lock, so two
     * transactions of several inserts that clash on a unique key deadlock there (one holds the lock while HSQLDB
     * makes it wait for the other). Jira never runs on HSQLDB in production.
     */
    private void racesNeedPostgres() {
        assumeTrue(database().kind() == TestDatabaseKind.POSTGRESQL, "races are checked on PostgreSQL");
    }
}
