package org.relman.dsl.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.dsl.domain.NewStorageRoot;
import org.relman.dsl.domain.StorageRoot;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.NotFoundException;
import org.relman.testkit.db.OnDatabase;

/** What every store of DSL storage roots must do; run on HSQLDB and on PostgreSQL by its subclasses. */
abstract class StorageRootStoreContract implements OnDatabase {
    private AoStorageRootStore store;

    @BeforeEach
    void openStore() {
        store = new AoStorageRootStore(database().activeObjects(DslAoStores.ENTITIES));
    }

    private static NewStorageRoot root(String path, String label) {
        return NewStorageRoot.validate(new NewStorageRoot.Input(path, label));
    }

    @Test
    void createsRootsAndListsThemByPath() {
        StorageRoot main = store.create(root("/srv/dsl", "Main share"));
        store.create(root("/mnt/offsite", "Offsite"));

        assertThat(store.list()).extracting(StorageRoot::path, StorageRoot::label)
                .containsExactly(tuple("/mnt/offsite", "Offsite"),
                        tuple("/srv/dsl", "Main share"));
        assertThat(store.find(main.id())).contains(main);
    }

    @Test
    void refusesASecondRootWithTheSamePath() {
        store.create(root("/srv/dsl", "Main share"));

        assertThatThrownBy(() -> store.create(root("/srv/dsl/", "Again")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("path", "Another storage root already has the path /srv/dsl.")));
        assertThat(store.list()).hasSize(1);
    }

    @Test
    void updatesARootButNotOntoAnotherRootsPath() {
        StorageRoot main = store.create(root("/srv/dsl", "Main share"));
        StorageRoot offsite = store.create(root("/mnt/offsite", "Offsite"));

        assertThat(store.update(main.id(), root("/srv/dsl", "Main share (NFS)")).label()).isEqualTo("Main share (NFS)");
        assertThat(store.update(offsite.id(), root("/mnt/offsite2", "Offsite")).path()).isEqualTo("/mnt/offsite2");
        assertThatThrownBy(() -> store.update(offsite.id(), root("/srv/dsl", "Clash"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> store.update(main.id() + 1000, root("/srv/x", "X"))).isInstanceOf(NotFoundException.class);
        assertThat(store.find(offsite.id()).orElseThrow().path()).isEqualTo("/mnt/offsite2");
    }

    @Test
    void deletesARootAndSaysWhetherThereWasOne() {
        StorageRoot main = store.create(root("/srv/dsl", "Main share"));

        assertThat(store.delete(main.id())).isTrue();
        assertThat(store.delete(main.id())).isFalse();
        assertThat(store.list()).isEmpty();
    }
}
