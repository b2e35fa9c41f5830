package org.relman.dsl.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.dsl.domain.CheckOutcome;
import org.relman.dsl.domain.CopyLocation;
import org.relman.dsl.domain.CopyToCheck;
import org.relman.dsl.domain.DslCopy;
import org.relman.dsl.domain.DslEntry;
import org.relman.dsl.domain.DslEntryDetail;
import org.relman.dsl.domain.DslSearch;
import org.relman.dsl.domain.EntryKind;
import org.relman.dsl.domain.EntryState;
import org.relman.dsl.domain.NewDslEntry;
import org.relman.dsl.domain.StateChange;
import org.relman.host.ao.EntityManagerActiveObjects;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.UserRef;
import org.relman.testkit.db.OnDatabase;
import org.relman.testkit.db.TestDatabaseKind;

/** What every store of DSL entries must do; run on HSQLDB and on PostgreSQL by its subclasses. */
abstract class DslEntryStoreContract implements OnDatabase {
    static final UserRef LIBBY = new UserRef("libby", "libby", "Libby Librarian");
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private EntityManagerActiveObjects ao;
    private AoDslEntryStore store;

    @BeforeEach
    void openStore() {
        ao = database().activeObjects(DslAoStores.ENTITIES);
        store = new AoDslEntryStore(ao);
    }

    static NewDslEntry entry(String name, String version, String kind, String... copies) {
        return NewDslEntry.validate(new NewDslEntry.Input(name, version, kind, SHA, 2048L,
                "/srv/dsl/" + name + "-" + version, List.of(copies), null));
    }

    @Test
    void storesInTheTablesJiraWouldCreate() {
        assertThat(ao.tableName(DslEntryAO.class)).isEqualTo("AO_301B80_DSL_ENTRY");
        assertThat(ao.tableName(DslCopyAO.class)).isEqualTo("AO_301B80_DSL_COPY");
        assertThat(ao.tableName(DslStateChangeAO.class)).isEqualTo("AO_301B80_DSL_STATE_CHANGE");
        assertThat(ao.tableName(DslRootAO.class)).isEqualTo("AO_301B80_DSL_ROOT");
    }

    @Test
    void addsAnEntryPendingWithItsPrimaryCopyFirstAndTheFirstLineOfItsHistory() {
        DslEntry added = store.add(entry("crm", "5.2", "installer", "https://artifacts.example.com/crm-5.2"), 10003L, LIBBY);

        DslEntryDetail read = store.find(added.id()).orElseThrow();
        assertThat(read.entry()).isEqualTo(added);
        assertThat(added.state()).isEqualTo(EntryState.PENDING);
        assertThat(added.kind()).isEqualTo(EntryKind.INSTALLER);
        assertThat(added.releaseIssueId()).isEqualTo(10003L);
        assertThat(added.sizeBytes()).isEqualTo(2048L);
        assertThat(added.addedBy()).isEqualTo("libby");
        assertThat(read.copies()).extracting(DslCopy::location, DslCopy::primary, DslCopy::outcome).containsExactly(
                tuple("/srv/dsl/crm-5.2", true, null),
                tuple("https://artifacts.example.com/crm-5.2", false, null));
        assertThat(read.history()).extracting(StateChange::from, StateChange::to, StateChange::changedBy)
                .containsExactly(tuple(null, EntryState.PENDING, "libby"));
        assertThat(store.find(added.id() + 1000)).isEmpty();
    }

    @Test
    void refusesTheSameNameAndVersionWhateverTheCaseAndKeepsTheFirst() {
        store.add(entry("CRM", "5.2-RC1", "installer"), null, LIBBY);

        assertThatThrownBy(() -> store.add(entry("crm", "5.2-rc1", "script", "/srv/other"), null, LIBBY))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("name", "crm 5.2-rc1 is already in the DSL.")));

        assertThat(store.contains("Crm", "5.2-Rc1")).isTrue();
        assertThat(ao.count(DslEntryAO.class)).isEqualTo(1);
        assertThat(ao.count(DslCopyAO.class)).isEqualTo(1);
        assertThat(ao.count(DslStateChangeAO.class)).isEqualTo(1);
    }

    @Test
    void leavesNothingBehindWhenACopyCannotBeStored() {
        NewDslEntry valid = entry("crm", "5.2", "installer");
        NewDslEntry tooLong = new NewDslEntry(valid.name(), valid.version(), valid.kind(), valid.sha256(), 1,
                valid.location(), List.of(CopyLocation.stored("/srv/" + "x".repeat(2000))), null);

        assertThatThrownBy(() -> store.add(tooLong, null, LIBBY)).isNotInstanceOf(ConflictException.class);

        assertThat(ao.count(DslEntryAO.class)).isZero();
        assertThat(ao.count(DslCopyAO.class)).isZero();
        assertThat(ao.count(DslStateChangeAO.class)).isZero();
    }

    @Test
    void searchesByTextStateKindAndReleaseInNameOrder() {
        DslEntry crm52 = store.add(entry("CRM server", "5.2", "installer"), 1L, LIBBY);
        store.add(entry("CRM server", "5.3", "installer"), 2L, LIBBY);
        store.add(entry("crm-config", "5.2", "configuration"), 1L, LIBBY);
        store.add(entry("Backup 100%", "1.0", "script"), null, LIBBY);
        store.changeState(crm52.id(), EntryState.PENDING, EntryState.APPROVED, LIBBY, null);

        assertThat(names(new DslSearch("crm", null, null, null, 0, 0))).containsExactly("crm server 5.2", "crm server 5.3", "crm-config 5.2");
        assertThat(names(new DslSearch("CRM SERVER", EntryState.APPROVED, null, null, 0, 0))).containsExactly("crm server 5.2");
        assertThat(names(new DslSearch(null, null, EntryKind.CONFIGURATION, null, 0, 0))).containsExactly("crm-config 5.2");
        assertThat(names(new DslSearch(null, null, null, 1L, 0, 0))).containsExactly("crm server 5.2", "crm-config 5.2");
        assertThat(names(new DslSearch("5.2", null, null, null, 0, 0))).as("the version is searched too")
                .containsExactly("crm server 5.2", "crm-config 5.2");
        assertThat(names(new DslSearch("100%", null, null, null, 0, 0))).containsExactly("backup 100% 1.0");
        assertThat(names(new DslSearch("m_s", null, null, null, 0, 0))).as("'_' is no wildcard").isEmpty();
        assertThat(names(new DslSearch(null, null, null, null, 1, 2))).containsExactly("crm server 5.2", "crm server 5.3");
    }

    @Test
    void movesAnEntryAlongAndRecordsWhoWhenAndWhy() {
        DslEntry crm = store.add(entry("crm", "5.2", "installer"), null, LIBBY);
        UserRef lars = new UserRef("lars", "lars", "Lars");

        store.changeState(crm.id(), EntryState.PENDING, EntryState.APPROVED, lars, "lab test passed");
        store.changeState(crm.id(), EntryState.APPROVED, EntryState.RETIRED, LIBBY, "superseded by 5.3");

        DslEntryDetail read = store.find(crm.id()).orElseThrow();
        assertThat(read.entry().state()).isEqualTo(EntryState.RETIRED);
        assertThat(read.history()).extracting(StateChange::from, StateChange::to, StateChange::changedBy, StateChange::reason)
                .containsExactly(
                        tuple(null, EntryState.PENDING, "libby", null),
                        tuple(EntryState.PENDING, EntryState.APPROVED, "lars", "lab test passed"),
                        tuple(EntryState.APPROVED, EntryState.RETIRED, "libby", "superseded by 5.3"));
        assertThat(read.history().get(2).changedAt()).isAfterOrEqualTo(read.history().get(0).changedAt());
    }

    @Test
    void refusesToMoveAnEntryOutOfAStateItHasAlreadyLeft() {
        DslEntry crm = store.add(entry("crm", "5.2", "installer"), null, LIBBY);
        store.changeState(crm.id(), EntryState.PENDING, EntryState.APPROVED, LIBBY, null);

        assertThatThrownBy(() -> store.changeState(crm.id(), EntryState.PENDING, EntryState.APPROVED, LIBBY, null))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("to", "The entry was changed meanwhile: it is now approved. Reload it and try again.")));
        assertThatThrownBy(() -> store.changeState(999_999, EntryState.PENDING, EntryState.APPROVED, LIBBY, null))
                .isInstanceOf(NotFoundException.class);
        assertThat(store.find(crm.id()).orElseThrow().history()).hasSize(2);
    }

    @Test
    void concurrentApprovalsOfOneEntryRecordExactlyOne() throws Exception {
        racesNeedPostgres();
        DslEntry crm = store.add(entry("crm", "5.2", "installer"), null, LIBBY);

        List<String> outcomes = race(6, i -> () -> {
            store.changeState(crm.id(), EntryState.PENDING, EntryState.APPROVED, new UserRef("lib" + i, "lib" + i, null), null);
            return "changed";
        });

        assertThat(outcomes).containsOnlyOnce("changed").filteredOn("conflict"::equals).hasSize(5);
        assertThat(store.find(crm.id()).orElseThrow().history()).hasSize(2);
    }

    @Test
    void concurrentAddsOfOneVersionLeaveExactlyOneEntry() throws Exception {
        racesNeedPostgres();
        List<String> outcomes = race(6, i -> () -> {
            store.add(entry("crm", "5.2", "installer", "/srv/copy-" + i), null, LIBBY);
            return "added";
        });

        assertThat(outcomes).containsOnlyOnce("added").filteredOn("conflict"::equals).hasSize(5);
        assertThat(ao.count(DslEntryAO.class)).isEqualTo(1);
        assertThat(ao.count(DslCopyAO.class)).isEqualTo(2);
    }

    @Test
    void addsCopiesButNotTheSameLocationTwice() {
        DslEntry crm = store.add(entry("crm", "5.2", "installer"), null, LIBBY);

        DslCopy copy = store.addCopy(crm.id(), CopyLocation.stored("smb://backup/dsl/crm-5.2"));

        assertThat(copy.primary()).isFalse();
        assertThat(store.find(crm.id()).orElseThrow().copies()).extracting(DslCopy::location)
                .containsExactly("/srv/dsl/crm-5.2", "smb://backup/dsl/crm-5.2");
        assertThatThrownBy(() -> store.addCopy(crm.id(), CopyLocation.stored("/srv/dsl/crm-5.2")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("location"));
        assertThatThrownBy(() -> store.addCopy(crm.id() + 1000, CopyLocation.stored("/srv/x")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void listsEveryCopyToCheckAndRecordsWhatTheCheckFound() {
        DslEntry crm = store.add(entry("crm", "5.2", "installer", "https://example.com/crm"), null, LIBBY);
        DslEntry web = store.add(entry("web", "1.0", "image"), null, LIBBY);

        List<CopyToCheck> copies = store.copiesToCheck();
        assertThat(copies).extracting(CopyToCheck::entryId, CopyToCheck::location, CopyToCheck::primary, CopyToCheck::expectedSha256)
                .containsExactly(
                        tuple(crm.id(), "/srv/dsl/crm-5.2", true, SHA),
                        tuple(crm.id(), "https://example.com/crm", false, SHA),
                        tuple(web.id(), "/srv/dsl/web-1.0", true, SHA));

        Instant at = Instant.parse("2026-03-01T10:15:30Z");
        store.recordCheck(copies.get(0).copyId(), CheckOutcome.MISMATCH, at);
        store.recordCheck(copies.get(1).copyId(), CheckOutcome.NOT_CHECKABLE, at);

        assertThat(store.find(crm.id()).orElseThrow().copies()).extracting(DslCopy::outcome, DslCopy::verifiedAt)
                .containsExactly(tuple(CheckOutcome.MISMATCH, at),
                        tuple(CheckOutcome.NOT_CHECKABLE, at));
        DslCopyAO mismatch = ao.get(DslCopyAO.class, (int) copies.get(0).copyId());
        assertThat(mismatch.getVerifiedOk()).as("a failed verification is visible in the table").isFalse();
        assertThat(ao.get(DslCopyAO.class, (int) copies.get(1).copyId()).getVerifiedOk()).isNull();
    }

    private List<String> names(DslSearch search) {
        return store.search(search).stream().map(e -> (e.name() + " " + e.version()).toLowerCase()).toList();
    }

    private static List<String> race(int writers, java.util.function.IntFunction<Callable<String>> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<String>> attempts = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Callable<String> one = attempt.apply(i);
                attempts.add(() -> {
                    try {
                        return one.call();
                    } catch (ConflictException e) {
                        return "conflict";
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : pool.invokeAll(attempts)) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
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
