package org.relman.change.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.relman.change.testing.ChangeWorld.rule;
import static org.relman.change.testing.ChangeWorld.user;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.change.adapter.ao.ChangeStores;
import org.relman.change.domain.CabDefinition;
import org.relman.change.domain.ChangeType;
import org.relman.change.domain.MemberKind;
import org.relman.change.testing.ChangeWorld;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.RelmanRole;
import org.relman.testkit.db.OnDatabase;

/** Administering CABs, deputies and the standard change catalogue, with their permissions. */
abstract class CabAdministrationContract implements OnDatabase {
    private ChangeWorld world;

    @BeforeEach
    void world() {
        world = new ChangeWorld(database().activeObjects(ChangeStores.ENTITIES));
    }

    private CabDefinition.Input opsCab(String name, boolean emergency, boolean isDefault) {
        return new CabDefinition.Input(name, "Weekly, Tuesdays", emergency, isDefault,
                new CabDefinition.RuleInput(3, 2, 60, true, List.of(new CabDefinition.GroupMinimumInput("Operations", 1))),
                List.of(user(world.carl, false, "Operations"), user(world.vera, true, null), ChangeWorld.group("cab-sec", "Security"),
                        new CabDefinition.MemberInput("project-role", null, null, 10002L, "Change approvers", false, null)));
    }

    @Test
    void aChangeManagerCreatesACabWithMembersAndRuleAndReadsItBack() {
        world.as(world.chris);
        CabAdministration.CabView created = world.cabs.create(opsCab("Ops CAB", false, true));

        world.as(world.rita);
        CabAdministration.CabView read = world.cabs.get(created.cab().id());
        assertThat(read.cab()).isEqualTo(created.cab());
        assertThat(read.cab().defaultCab()).isTrue();
        assertThat(read.cab().rule().describe()).startsWith("Quorum: 3 votes, abstentions count toward it.");
        assertThat(read.members()).extracting(CabAdministration.MemberView::label).containsExactly(
                "Carl CAB", "Vera Veto", "group cab-sec", "project role Change approvers of the RFC's project");
        assertThat(read.members()).extracting(m -> m.member().kind())
                .containsExactly(MemberKind.USER, MemberKind.USER, MemberKind.GROUP, MemberKind.PROJECT_ROLE);
        assertThat(read.members().get(1).member().veto()).isTrue();
        assertThat(world.cabs.list()).extracting(v -> v.cab().name()).containsExactly("Ops CAB");
    }

    @Test
    void editingReplacesMembersAndRule() {
        world.as(world.chris);
        long id = world.cabs.create(opsCab("Ops CAB", false, true)).cab().id();

        CabAdministration.CabView edited = world.cabs.update(id, new CabDefinition.Input("Ops CAB", null, false, true,
                rule(1, 1, 0, false), List.of(user(world.cole, true, null))));

        assertThat(edited.members()).singleElement().satisfies(m -> assertThat(m.label()).isEqualTo("Cole CAB"));
        assertThat(world.cabStore.find(id).orElseThrow().rule().groupMinimums()).isEmpty();
        assertThat(world.cabStore.find(id).orElseThrow().description()).isNull();
    }

    @Test
    void onlyChangeManagersAndAdministratorsChangeCabs() {
        world.as(world.carl);
        assertThatThrownBy(() -> world.cabs.create(opsCab("Ops CAB", false, true))).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only a change manager or a relman administrator may administer CABs.");

        world.host.grant(world.carl, RelmanRole.ADMINISTRATOR);
        assertThat(world.cabs.create(opsCab("Ops CAB", false, true)).cab().name()).isEqualTo("Ops CAB");
    }

    @Test
    void thereIsOneEmergencyCabOneDefaultCabAndOneCabPerName() {
        world.as(world.chris);
        world.cabs.create(opsCab("Ops CAB", false, true));
        world.cabs.create(opsCab("ECAB", true, false));

        assertThatThrownBy(() -> world.cabs.create(opsCab("Ops CAB", false, false))).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("name", "name Ops CAB is already used by another CAB.")));
        assertThatThrownBy(() -> world.cabs.create(opsCab("Second", false, true))).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("defaultCab",
                        "Ops CAB is the default CAB already; unflag it first.")));
        assertThatThrownBy(() -> world.cabs.create(opsCab("Third", true, false))).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("emergency", "ECAB is the emergency CAB already; unflag it first.")));
    }

    @Test
    void anUnknownUserIsNamedByItsField() {
        world.as(world.chris);
        assertThatThrownBy(() -> world.cabs.create(new CabDefinition.Input("X", null, false, false, rule(1, 1, 0, false),
                List.of(new CabDefinition.MemberInput("user", "ghost", null, null, null, null, null)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("members[0].user", "no user is named ghost.")));
    }

    @Test
    void aCabWithRoundsCannotBeDeletedButAnUnusedOneCan() {
        world.defaultCab(rule(1, 1, 0, false));
        long used = world.cabStore.defaultCab().orElseThrow().id();
        long unused = world.cabs.create(opsCab("Spare", false, false)).cab().id();
        world.host.rfc("RFC-1", world.rita, null, null, ChangeType.NORMAL);
        world.submit("RFC-1");

        world.as(world.chris);
        assertThatThrownBy(() -> world.cabs.delete(used)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Default CAB has voting rounds, which must stay readable; it cannot be deleted.");
        world.cabs.delete(unused);
        assertThat(world.cabStore.find(unused)).isEmpty();
    }

    @Test
    void membersNameTheirOwnDeputiesAndChangeManagersNameAnyones() {
        world.as(world.carl);
        Deputies.DeputyView own = world.deputies.add(new Deputies.DeputyInput(null, "dan", "2026-03-01", "2026-03-07"));
        assertThat(own.member().displayName()).isEqualTo("Carl CAB");
        assertThat(own.deputy().validTo()).isEqualTo(java.time.Instant.parse("2026-03-08T00:00:00Z"));

        assertThatThrownBy(() -> world.deputies.add(new Deputies.DeputyInput("cathy", "dan", null, "2099-01-01")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only a change manager or a relman administrator may name a deputy for another member.");
        world.as(world.chris);
        world.deputies.add(new Deputies.DeputyInput("cathy", "dan", null, "2099-01-01"));
        assertThat(world.deputies.list("cathy")).singleElement().satisfies(d -> assertThat(d.activeNow()).isTrue());

        world.as(world.cathy);
        assertThatThrownBy(() -> world.deputies.remove(own.deputy().id())).isInstanceOf(AccessDeniedException.class);
        world.as(world.carl);
        world.deputies.remove(own.deputy().id());
        assertThat(world.deputies.list(null)).isEmpty();
    }

    @Test
    void aDeputyNeedsAKnownUserOtherThanTheMemberAndAPeriod() {
        world.as(world.carl);
        assertThatThrownBy(() -> world.deputies.add(new Deputies.DeputyInput(null, "carl", "2026-03-07", "2026-03-01")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("deputy", "to"));
        assertThatThrownBy(() -> world.deputies.add(new Deputies.DeputyInput(null, "ghost", "soon", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("deputy", "from", "to"));
    }

    @Test
    void theStandardChangeCatalogueIsKeptByChangeManagers() {
        world.as(world.carl);
        assertThatThrownBy(() -> world.standardChanges.add(new StandardChanges.Input("STD-1", "x", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        world.as(world.chris);
        world.standardChanges.add(new StandardChanges.Input("std-1", "Restart", null, "low"));
        assertThatThrownBy(() -> world.standardChanges.add(new StandardChanges.Input("STD-1", "Again", null, null)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> world.standardChanges.add(new StandardChanges.Input("1 bad", "", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("code", "name"));
        assertThat(world.standardChanges.setActive("std-1", false).active()).isFalse();
        world.as(world.rita);
        assertThat(world.standardChanges.list()).extracting(s -> s.code()).containsExactly("STD-1");
    }
}
