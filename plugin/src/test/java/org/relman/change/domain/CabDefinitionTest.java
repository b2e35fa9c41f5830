package org.relman.change.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.InvalidInputException;

/** What an administrator may define as a CAB; every broken rule is named by its field at once. */
class CabDefinitionTest {
    private static final Map<String, String> USERS = Map.of("carl", "JIRAUSER1", "vera", "JIRAUSER2");
    private static final Function<String, Optional<String>> KEYS = name -> Optional.ofNullable(USERS.get(name));

    private static CabDefinition.RuleInput rule(Integer quorum, Integer min, Integer percent, List<CabDefinition.GroupMinimumInput> groups) {
        return new CabDefinition.RuleInput(quorum, min, percent, true, groups);
    }

    private static CabDefinition.MemberInput user(String name, boolean veto, String label) {
        return new CabDefinition.MemberInput("user", name, null, null, null, veto, label);
    }

    @Test
    void resolvesUsersAndKeepsGroupsRolesVetoesAndLabels() {
        CabDefinition cab = CabDefinition.validate(new CabDefinition.Input(" Default CAB ", "Weekly", false, true,
                rule(3, 2, 0, List.of(new CabDefinition.GroupMinimumInput("Operations", 2))),
                List.of(user("carl", false, "Operations"), user("vera", true, null),
                        new CabDefinition.MemberInput("group", null, "cab-security", null, null, false, "Security"),
                        new CabDefinition.MemberInput("project-role", null, null, 10002L, "Approvers", false, "Operations"))), KEYS);

        assertThat(cab.name()).isEqualTo("Default CAB");
        assertThat(cab.defaultCab()).isTrue();
        assertThat(cab.rule()).isEqualTo(new DecisionRule(3, 2, 0, true, List.of(new GroupMinimum("Operations", 2))));
        assertThat(cab.members()).containsExactly(
                new CabMember(0, MemberKind.USER, "JIRAUSER1", null, null, null, false, "Operations"),
                new CabMember(0, MemberKind.USER, "JIRAUSER2", null, null, null, true, null),
                new CabMember(0, MemberKind.GROUP, null, "cab-security", null, null, false, "Security"),
                new CabMember(0, MemberKind.PROJECT_ROLE, null, null, 10002L, "Approvers", false, "Operations"));
    }

    @Test
    void namesEveryBrokenRuleAtOnce() {
        CabDefinition.Input input = new CabDefinition.Input("", null, true, true, rule(0, 0, 120,
                List.of(new CabDefinition.GroupMinimumInput("Finance", 1), new CabDefinition.GroupMinimumInput(null, 0))),
                List.of(user("nobody", false, null), new CabDefinition.MemberInput("robot", null, null, null, null, null, null),
                        new CabDefinition.MemberInput("project-role", null, null, null, null, null, null),
                        user("carl", false, null), user("carl", true, null)));

        assertThatThrownBy(() -> CabDefinition.validate(input, KEYS)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                        "name", "defaultCab", "members[0].user", "members[1].kind", "members[2].projectRoleId", "members[4]",
                        "rule.approvalPercent", "rule.approvalPercent", "rule.groupMinimums[0].group",
                        "rule.groupMinimums[1].group", "rule.groupMinimums[1].minApprovals"));
    }

    @Test
    void refusesARuleThatAnyVotesWouldMeet() {
        assertThatThrownBy(() -> CabDefinition.validate(new CabDefinition.Input("CAB", null, false, false, rule(3, 0, 0, List.of()),
                List.of(user("carl", false, null))), KEYS)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("rule.minApprovals",
                        "a rule needs a minimum of approvals or a share of votes, or any votes would approve.")));
    }

    @Test
    void refusesACabWithoutMembersOrRule() {
        assertThatThrownBy(() -> CabDefinition.validate(new CabDefinition.Input("CAB", null, null, null, null, List.of()), KEYS))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("members", "rule"));
    }
}
