package org.relman.dsl.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relman.dsl.domain.DslEntry;
import org.relman.dsl.domain.DslEntryDetail;
import org.relman.dsl.domain.DslSearch;
import org.relman.dsl.domain.EntryKind;
import org.relman.dsl.domain.EntryState;
import org.relman.dsl.domain.NewDslEntry;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.NotFoundException;

@ExtendWith(MockitoExtension.class)
class DslEntriesTest {
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Mock
    DslEntryStore store;
    private final People people = new People();

    private DslEntries entries() {
        return new DslEntries(people.access(), store, People.releases());
    }

    private static NewDslEntry.Input crm(String release) {
        return new NewDslEntry.Input("crm", "5.2", "installer", SHA, 10L, "/srv/dsl/crm-5.2.msi", List.of(), release);
    }

    private static DslEntryDetail detail(EntryState state) {
        return new DslEntryDetail(new DslEntry(4, "crm", "5.2", EntryKind.INSTALLER, SHA, 10, state, null, "libby",
                Instant.parse("2026-03-01T10:00:00Z")), List.of(), List.of());
    }

    @Test
    void refusesARequesterWhoAddsAnEntryNamingTheLibrarianRole() {
        people.actingAs(People.RITA);

        assertThatThrownBy(() -> entries().add(crm(null)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only a DSL librarian may add DSL entries.");
        verifyNoInteractions(store);
    }

    @Test
    void refusesARequesterWhoApprovesRetiresOrAddsCopies() {
        people.actingAs(People.RITA);

        assertThatThrownBy(() -> entries().changeState(4, "approved", null))
                .hasMessage("Only a DSL librarian may approve, move to production or retire DSL entries.");
        assertThatThrownBy(() -> entries().addCopy(4, "/srv/dsl/copy"))
                .hasMessage("Only a DSL librarian may add copies to DSL entries.");
        people.actingAs(People.READER);
        assertThatThrownBy(() -> entries().changeState(4, "retired", "old"))
                .as("reading is not enough").isInstanceOf(AccessDeniedException.class);
        verifyNoInteractions(store);
    }

    @Test
    void aCmdbReaderBrowsesAndSearchesAndAUserWithoutItCannot() {
        when(store.find(4)).thenReturn(Optional.of(detail(EntryState.PENDING)));
        when(store.search(new DslSearch("crm", EntryState.IN_PRODUCTION, EntryKind.IMAGE, 10003L, 0, 20))).thenReturn(List.of());

        people.actingAs(People.READER);
        assertThat(entries().get(4).entry().name()).isEqualTo("crm");
        assertThat(entries().search(new DslEntries.SearchInput("crm", "in-production", "Image", "rel-1", 0, 20))).isEmpty();

        people.actingAs(People.RITA);
        assertThatThrownBy(() -> entries().get(4)).hasMessage("Only a CMDB reader may read the DSL.");
    }

    @Test
    void aLibrarianReadsThroughTheReaderRoleALibrarianImplies() {
        when(store.find(4)).thenReturn(Optional.of(detail(EntryState.PENDING)));
        people.actingAs(People.LIBBY);

        assertThat(entries().get(4).entry().state()).isEqualTo(EntryState.PENDING);
    }

    @Test
    void namesBadSearchFilters() {
        people.actingAs(People.READER);

        assertThatThrownBy(() -> entries().search(new DslEntries.SearchInput(null, "live", "package", null, 0, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("state", "state must be one of pending, approved, in_production, retired."),
                        new FieldError("kind", "kind must be one of installer, script, configuration, document, image.")));
    }

    @Test
    void storesTheReleasesIssueIdWhenTheReleaseIsAVisibleReleaseIssue() {
        people.actingAs(People.LIBBY);
        when(store.add(any(), any(), any())).thenReturn(detail(EntryState.PENDING).entry());
        when(store.find(4)).thenReturn(Optional.of(detail(EntryState.PENDING)));

        entries().add(crm("rel-1"));

        verify(store).add(any(), eq(10003L), eq(People.LIBBY));
    }

    @Test
    void refusesAReleaseThatIsMissingHiddenOrNoRelease() {
        people.actingAs(People.LIBBY);

        assertThatThrownBy(() -> entries().add(crm("REL-9")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("release", "No Release issue REL-9 exists, or you may not see it.")));
        assertThatThrownBy(() -> entries().add(crm("CHG-1")))
                .hasMessage("release: CHG-1 is a RFC issue, not a Release: DSL entries belong to releases.");
        verifyNoInteractions(store);
    }

    @Test
    void aBadTransitionSaysFromWhereToWhereAndWhatIsAllowedNext() {
        people.actingAs(People.LIBBY);
        when(store.find(4)).thenReturn(Optional.of(detail(EntryState.PENDING)));

        assertThatThrownBy(() -> entries().changeState(4, "in_production", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(new FieldError("to",
                        "An entry cannot move from pending to in production: the DSL's states go pending → approved → "
                                + "in production → retired, without skipping approval or production and without going back. "
                                + "Allowed next from pending: approved.")));
        verify(store, never()).changeState(anyLong(), any(), any(), any(), any());
    }

    @Test
    void retiringWithoutAReasonPointsAtTheReason() {
        people.actingAs(People.LIBBY);
        when(store.find(4)).thenReturn(Optional.of(detail(EntryState.IN_PRODUCTION)));

        assertThatThrownBy(() -> entries().changeState(4, "retired", " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("reason"));
    }

    @Test
    void namesAnUnknownTargetStateAndAMissingEntry() {
        people.actingAs(People.LIBBY);
        when(store.find(99)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> entries().changeState(4, "live", null))
                .hasMessage("to: to must be one of pending, approved, in_production, retired.");
        assertThatThrownBy(() -> entries().changeState(99, "approved", null))
                .isInstanceOf(NotFoundException.class).hasMessage("No DSL entry has the id 99.");
    }

    @Test
    void movesAnAllowedTransitionThroughTheStoreFromTheStateItRead() {
        people.actingAs(People.LIBBY);
        when(store.find(4)).thenReturn(Optional.of(detail(EntryState.APPROVED)));

        entries().changeState(4, "Retired", "superseded by 5.3");

        verify(store).changeState(4, EntryState.APPROVED, EntryState.RETIRED, People.LIBBY, "superseded by 5.3");
    }
}
