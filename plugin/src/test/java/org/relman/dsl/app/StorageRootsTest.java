package org.relman.dsl.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relman.dsl.domain.NewStorageRoot;
import org.relman.dsl.domain.StorageRoot;
import org.relman.platform.domain.NotFoundException;

@ExtendWith(MockitoExtension.class)
class StorageRootsTest {
    @Mock
    StorageRootStore store;
    private final People people = new People();

    private StorageRoots roots() {
        return new StorageRoots(people.access(), store);
    }

    @Test
    void onlyTheAdministratorConfiguresRoots() {
        people.actingAs(People.LIBBY);
        NewStorageRoot.Input main = new NewStorageRoot.Input("/srv/dsl", "Main");

        assertThatThrownBy(() -> roots().create(main)).hasMessage("Only a relman administrator may configure the DSL's storage roots.");
        assertThatThrownBy(() -> roots().update(1, main)).hasMessage("Only a relman administrator may configure the DSL's storage roots.");
        assertThatThrownBy(() -> roots().delete(1)).hasMessage("Only a relman administrator may configure the DSL's storage roots.");
        verifyNoInteractions(store);
    }

    @Test
    void theAdministratorAddsARootAndIsToldWhenOneToDeleteIsMissing() {
        people.actingAs(People.ADA);
        when(store.create(new NewStorageRoot("/srv/dsl", "Main"))).thenReturn(new StorageRoot(1, "/srv/dsl", "Main"));
        when(store.delete(5)).thenReturn(false);

        assertThat(roots().create(new NewStorageRoot.Input("/srv/dsl/", "Main")).id()).isEqualTo(1);
        assertThatThrownBy(() -> roots().delete(5)).isInstanceOf(NotFoundException.class).hasMessage("No DSL storage root has the id 5.");
    }

    @Test
    void librariansAndTheAdministratorSeeTheRootsAndNobodyElse() {
        when(store.list()).thenReturn(List.of(new StorageRoot(1, "/srv/dsl", "Main")));

        people.actingAs(People.LIBBY);
        assertThat(roots().list()).extracting(StorageRoot::path).containsExactly("/srv/dsl");
        people.actingAs(People.ADA);
        assertThat(roots().list()).hasSize(1);
        people.actingAs(People.READER);
        assertThatThrownBy(() -> roots().list())
                .hasMessage("Only a DSL librarian or a relman administrator may see the DSL's storage roots.");
    }
}
