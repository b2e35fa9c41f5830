package org.relman.cmdb.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relman.cmdb.domain.CiStatus;
import org.relman.cmdb.domain.CiSummary;
import org.relman.cmdb.domain.DefaultCmdbTypes;
import org.relman.cmdb.domain.RelationshipType;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.app.IssueDirectory;
import org.relman.platform.app.RoleDirectory;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/** Who may do what in the CMDB, and the checks the use cases make before any store is touched. */
@ExtendWith(MockitoExtension.class)
class CmdbUseCasesTest {
    private static final UserRef READER = new UserRef("rita", "rita", "Rita Reader");

    @Mock
    CurrentUser currentUser;
    @Mock
    RoleDirectory roles;
    @Mock
    CmdbTypeStore types;
    @Mock
    ConfigurationItemStore items;
    @Mock
    RelationshipStore relationships;
    @Mock
    CmdbGraph graph;
    @Mock
    AffectedCiStore affected;
    @Mock
    IssueDirectory issues;
    @Mock
    ImportJobStore jobs;

    private AccessGuard access() {
        when(currentUser.get()).thenReturn(Optional.of(READER));
        return new AccessGuard(currentUser, roles);
    }

    private void holds(RelmanRole role) {
        when(roles.hasRole(READER, role)).thenReturn(true);
    }

    @Test
    void onlyTheAdministratorConfiguresTypesButReadersListThem() {
        CmdbTypes cmdbTypes = new CmdbTypes(access(), types);
        holds(RelmanRole.CMDB_READER);
        when(types.relationshipTypes()).thenReturn(DefaultCmdbTypes.RELATIONSHIP_TYPES);

        assertThat(cmdbTypes.relationshipTypes()).hasSize(4);
        assertThatThrownBy(() -> cmdbTypes.createCiType("load-balancer", "Load balancer"))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Only a relman administrator may configure CMDB types.");
        assertThatThrownBy(() -> cmdbTypes.changeRelationshipType("runs-on", "is hosted by", null, null))
                .isInstanceOf(AccessDeniedException.class);
        verify(types, never()).createCiType(any());
    }

    @Test
    void aTypeNeedsAValidCodeAndNameAndAChangeNeedsSomethingToChange() {
        CmdbTypes cmdbTypes = new CmdbTypes(access(), types);
        holds(RelmanRole.ADMINISTRATOR);

        assertThatThrownBy(() -> cmdbTypes.createRelationshipType("Backs Up!", "", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("code", "name", "inverseName"));
        assertThatThrownBy(() -> cmdbTypes.changeCiType("server", null, null)).hasMessageContaining("Send a new name");
        verifyNoInteractions(types);
    }

    @Test
    void relationshipsNeedTheConfigurationManagerAndNameEachBrokenRule() {
        Relationships use = new Relationships(access(), relationships, items, types, new Causes(issues));
        assertThatThrownBy(() -> use.add("APP-1", "DB-1", "depends-on", null)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only a configuration manager may change relationships between configuration items.");

        holds(RelmanRole.CONFIGURATION_MANAGER);
        when(types.relationshipTypes()).thenReturn(DefaultCmdbTypes.RELATIONSHIP_TYPES);
        when(items.summaries(anyCollection())).thenReturn(Map.of("APP-1", summary("APP-1")));

        assertThatThrownBy(() -> use.add("app-1", "DB-9", "hosts", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("type", "target"))
                .hasMessageContaining("target DB-9 is not a configuration item")
                .hasMessageContaining("the relationship types are: connected-to, depends-on, part-of, runs-on");
        assertThatThrownBy(() -> use.add("APP-1", "app-1", "depends-on", null))
                .hasMessageContaining("a CI cannot relate to itself (APP-1)");
        verify(relationships, never()).add(any(), any(), any());
    }

    @Test
    void aRetiredRelationshipTypeTakesNoNewRelationshipsButOldOnesCanBeRemoved() {
        Relationships use = new Relationships(access(), relationships, items, types, new Causes(issues));
        holds(RelmanRole.CONFIGURATION_MANAGER);
        when(types.relationshipTypes()).thenReturn(List.of(new RelationshipType("feeds", "feeds", "is fed by", true)));
        when(items.summaries(anyCollection())).thenReturn(Map.of("A-1", summary("A-1"), "B-1", summary("B-1")));
        when(relationships.remove(any(), any(), any())).thenReturn(false);

        assertThatThrownBy(() -> use.add("A-1", "B-1", "feeds", null)).hasMessageContaining("is retired");
        assertThatThrownBy(() -> use.remove("A-1", "B-1", "feeds", null)).isInstanceOf(NotFoundException.class)
                .hasMessage("No relationship A-1 feeds B-1.");
    }

    @Test
    void impactAnalysisNeedsTheReaderRoleAndChecksTheQueryFirst() {
        ImpactAnalysis analysis = new ImpactAnalysis(access(), graph);
        assertThatThrownBy(() -> analysis.impact(List.of("DB-1"), null, null, null)).isInstanceOf(AccessDeniedException.class);

        holds(RelmanRole.CMDB_READER);
        assertThatThrownBy(() -> analysis.impact(List.of("DB-1"), null, 0, null)).hasMessageContaining("depth must be between 1 and 10");
        verifyNoInteractions(graph);
    }

    @Test
    void affectedCisNeedAnIssueTheUserCanSeeAndOnlyCisThatExist() {
        AffectedCis use = new AffectedCis(access(), affected, items, new Causes(issues), (issue, by) -> { });
        holds(RelmanRole.CMDB_READER);
        when(issues.find("CHG-9", READER)).thenReturn(Optional.empty());
        assertThatThrownBy(() -> use.of("chg-9")).isInstanceOf(NotFoundException.class).hasMessage("No issue CHG-9 that you can see.");

        when(issues.find("CHG-1", READER)).thenReturn(Optional.of(
                new org.relman.platform.domain.IssueRef(10000, "CHG-1", "CHG", "RFC", "Upgrade", "rita", null)));
        when(items.summaries(anyCollection())).thenReturn(Map.of("APP-1", summary("APP-1")));
        assertThatThrownBy(() -> use.replace("CHG-1", List.of("app-1", "DB-404")))
                .hasMessage("keys: keys names no configuration item: DB-404.");
        verify(affected, never()).replace(org.mockito.ArgumentMatchers.anyLong(), any(), any());
    }

    @Test
    void everySaveOfAnIssuesCisReachesChangeManagementEvenWhenTheListIsTheSame() {
        List<String> told = new java.util.ArrayList<>();
        AffectedCis use = new AffectedCis(access(), affected, items, new Causes(issues), (issue, by) -> told.add(issue.key() + " by " + by.key()));
        holds(RelmanRole.CMDB_READER);
        when(issues.find("CHG-1", READER)).thenReturn(Optional.of(
                new org.relman.platform.domain.IssueRef(10000, "CHG-1", "CHG", "RFC", "Upgrade", "rita", null)));
        when(items.summaries(anyCollection())).thenReturn(Map.of("APP-1", summary("APP-1")));

        use.replace("CHG-1", List.of("app-1"));
        use.replace("CHG-1", List.of("APP-1"));

        assertThat(told).containsExactly("CHG-1 by " + READER.key(), "CHG-1 by " + READER.key());
        verify(affected, org.mockito.Mockito.times(2)).replace(org.mockito.ArgumentMatchers.eq(10000L), any(), any());
    }

    @Test
    void onlyAConfigurationManagerImportsOrFollowsAnImport() {
        CmdbImports imports = new CmdbImports(access(), new Causes(issues), jobs, null, null);

        assertThatThrownBy(() -> imports.importItems(new ByteArrayInputStream(new byte[0]), null, false))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Only a configuration manager may import into the CMDB.");
        assertThatThrownBy(() -> imports.job(1)).isInstanceOf(AccessDeniedException.class);
        verifyNoInteractions(jobs);
    }

    private static CiSummary summary(String key) {
        return new CiSummary(key, key, "application", null, CiStatus.ACTIVE);
    }
}
