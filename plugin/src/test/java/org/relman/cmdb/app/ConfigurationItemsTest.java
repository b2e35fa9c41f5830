package org.relman.cmdb.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relman.cmdb.domain.Cause;
import org.relman.cmdb.domain.CiEdit;
import org.relman.cmdb.domain.CiStatus;
import org.relman.cmdb.domain.CiType;
import org.relman.cmdb.domain.CiUpdate;
import org.relman.cmdb.domain.ConfigurationItem;
import org.relman.cmdb.domain.NewConfigurationItem;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.app.IssueDirectory;
import org.relman.platform.app.RoleDirectory;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

@ExtendWith(MockitoExtension.class)
class ConfigurationItemsTest {
    private static final UserRef RITA = new UserRef("rita", "rita", "Rita Requester");
    private static final UserRef CONNIE = new UserRef("connie", "connie", "Connie Config");
    private static final NewConfigurationItem.Input CRM =
            new NewConfigurationItem.Input("APP-CRM", "CRM", "application", null, null, null, null, Map.of());
    private static final List<CiType> TYPES = List.of(new CiType("application", "Application", false),
            new CiType("database", "Database", false), new CiType("mainframe", "Mainframe", true));
    private static final ConfigurationItem OLD_HOST = new ConfigurationItem("MF-1", "Old host", "mainframe", null, null,
            CiStatus.ACTIVE, null, Map.of(), Instant.EPOCH, "connie", Instant.EPOCH);

    @Mock
    CurrentUser currentUser;
    @Mock
    RoleDirectory roles;
    @Mock
    ConfigurationItemStore store;
    @Mock
    CmdbTypeStore types;
    @Mock
    IssueDirectory issues;

    private ConfigurationItems items() {
        return new ConfigurationItems(new AccessGuard(currentUser, roles), store, types, new Causes(issues));
    }

    private void loggedInAs(UserRef user, RelmanRole role) {
        when(currentUser.get()).thenReturn(Optional.of(user));
        when(roles.hasRole(user, role)).thenReturn(true);
    }

    @Test
    void refusesARequesterWhoAddsAnItemBeforeLookingAtTheInput() {
        when(currentUser.get()).thenReturn(Optional.of(RITA));

        assertThatThrownBy(() -> items().create(CRM))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only a configuration manager may add configuration items.");
        verify(store, never()).create(any(), any(), any());
    }

    @Test
    void asksForABodyWhenThereIsNone() {
        loggedInAs(RITA, RelmanRole.CONFIGURATION_MANAGER);

        assertThatThrownBy(() -> items().create(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("A configuration item is required in the request body.");
    }

    @Test
    void looksUpKeysWhateverTheirCaseAndSaysWhichKeyIsMissing() {
        loggedInAs(RITA, RelmanRole.CMDB_READER);
        when(store.findByKey("APP-GONE")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> items().get("app-gone"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("No configuration item has the key app-gone.");
    }

    @Test
    void refusesAnUnknownTypeNamingTypeAndListingTheTypesInUse() {
        loggedInAs(CONNIE, RelmanRole.CONFIGURATION_MANAGER);
        when(types.ciTypes()).thenReturn(TYPES);

        assertThatThrownBy(() -> items().create(new NewConfigurationItem.Input("X-1", "X", "toaster", null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(new FieldError("type",
                        "type 'toaster' is not a CI type; the CI types are: application, database.")));
        verify(store, never()).create(any(), any(), any());
    }

    @Test
    void refusesARetiredTypeForANewItemTogetherWithEveryOtherBrokenRule() {
        loggedInAs(CONNIE, RelmanRole.CONFIGURATION_MANAGER);
        when(types.ciTypes()).thenReturn(TYPES);
        when(issues.find("CHG-404", CONNIE)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> items().create(new NewConfigurationItem.Input("MF-2", "", "Mainframe", null, null, null, null, null),
                "chg-404"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("cause", "name", "type"))
                .hasMessageContaining("type 'mainframe' is retired and takes no new items");
    }

    @Test
    void createsWithTheReleaseOrRfcThatCausedIt() {
        loggedInAs(CONNIE, RelmanRole.CONFIGURATION_MANAGER);
        when(types.ciTypes()).thenReturn(TYPES);
        IssueRef release = new IssueRef(10003, "REL-1", "REL", "Release", "CRM 5.2", "rob", "rob");
        when(issues.find("REL-1", CONNIE)).thenReturn(Optional.of(release));
        when(store.create(any(), eq(CONNIE), eq(new Cause(10003, "REL-1", Cause.Kind.RELEASE)))).thenReturn(OLD_HOST);

        assertThat(items().create(CRM, " rel-1 ")).isEqualTo(OLD_HOST);
    }

    @Test
    void anItemKeepsItsRetiredTypeWhenOtherFieldsChange() {
        loggedInAs(CONNIE, RelmanRole.CONFIGURATION_MANAGER);
        when(types.ciTypes()).thenReturn(TYPES);
        answerUpdatesOf(OLD_HOST);

        CiUpdate update = items().update("mf-1", null, new CiEdit("Old host (legacy)", null, null, null, null, null, null, true), null);

        assertThat(update.item().name()).isEqualTo("Old host (legacy)");
        assertThat(update.item().type()).isEqualTo("mainframe");
    }

    @Test
    void refusesToChangeAKeyAndToMoveAnItemToAnUnknownType() {
        loggedInAs(CONNIE, RelmanRole.CONFIGURATION_MANAGER);
        when(types.ciTypes()).thenReturn(TYPES);
        answerUpdatesOf(OLD_HOST);

        assertThatThrownBy(() -> items().update("MF-1", "MF-2", new CiEdit(null, "toaster", null, null, null, null, null, true), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("key", "type"));
    }

    @Test
    void retiresByStatusAndAnswers404ForAnUnknownKey() {
        loggedInAs(CONNIE, RelmanRole.CONFIGURATION_MANAGER);
        when(types.ciTypes()).thenReturn(TYPES);
        answerUpdatesOf(OLD_HOST);
        when(store.update(eq("NOPE"), any(), any(), any())).thenReturn(Optional.empty());

        assertThat(items().retire("MF-1", null).item().status()).isEqualTo(CiStatus.RETIRED);
        assertThatThrownBy(() -> items().retire("nope", null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void readingHistoryNeedsTheReaderRoleAndAnItem() {
        when(currentUser.get()).thenReturn(Optional.of(RITA));
        assertThatThrownBy(() -> items().history("MF-1", null)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only a CMDB reader may read the CMDB.");

        when(roles.hasRole(RITA, RelmanRole.CMDB_READER)).thenReturn(true);
        when(store.findByKey("MF-9")).thenReturn(Optional.empty());
        assertThatThrownBy(() -> items().history("mf-9", 5)).isInstanceOf(NotFoundException.class);
    }

    @SuppressWarnings("unchecked")
    private void answerUpdatesOf(ConfigurationItem current) {
        when(store.update(eq(current.key()), any(), any(), any())).thenAnswer(call -> {
            NewConfigurationItem wanted = ((Function<ConfigurationItem, NewConfigurationItem>) call.getArgument(1)).apply(current);
            return Optional.of(new CiUpdate(new ConfigurationItem(wanted.key(), wanted.name(), wanted.type(), wanted.environment(),
                    wanted.owner(), wanted.status(), wanted.version(), wanted.attributes(), Instant.EPOCH, "connie", Instant.now()),
                    List.of()));
        });
    }
}
