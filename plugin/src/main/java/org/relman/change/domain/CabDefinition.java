package org.relman.change.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.relman.platform.domain.TextRules;

/**
 * A CAB as an administrator defines it, checked: every broken rule is named by its field
 * ({@code name}, {@code rule.quorum}, {@code members[2].user}, ...). Users are given by login name and
 * resolved to Jira's user keys through {@code userKeyOf}.
 */
public record CabDefinition(String name, String description, boolean emergency, boolean defaultCab,
                            DecisionRule rule, List<CabMember> members) {
    static final int NAME_MAX = 255;
    static final int DESCRIPTION_MAX = 4000;
    static final int LABEL_MAX = 64;
    static final int COUNT_MAX = 1000;
    static final int MEMBERS_MAX = 500;

    public CabDefinition {
        members = List.copyOf(members);
    }

    public record Input(String name, String description, Boolean emergency, Boolean defaultCab, RuleInput rule,
                        List<MemberInput> members) {
    }

    public record RuleInput(Integer quorum, Integer minApprovals, Integer approvalPercent, Boolean abstentionsInQuorum,
                            List<GroupMinimumInput> groupMinimums) {
    }

    public record GroupMinimumInput(String group, Integer minApprovals) {
    }

    public record MemberInput(String kind, String user, String group, Long projectRoleId, String projectRoleName,
                              Boolean veto, String groupLabel) {
    }

    public static CabDefinition validate(Input input, Function<String, Optional<String>> userKeyOf) {
        TextRules rules = new TextRules();
        String name = rules.required("name", input.name(), NAME_MAX);
        String description = rules.optional("description", input.description(), DESCRIPTION_MAX);
        boolean emergency = Boolean.TRUE.equals(input.emergency());
        boolean defaultCab = Boolean.TRUE.equals(input.defaultCab());
        if (emergency && defaultCab) {
            rules.reject("defaultCab", "an emergency CAB cannot also be the default CAB.");
        }
        List<CabMember> members = members(rules, input.members(), userKeyOf);
        DecisionRule rule = rule(rules, input.rule(), members);
        rules.check();
        return new CabDefinition(name, description, emergency, defaultCab, rule, members);
    }

    private static DecisionRule rule(TextRules rules, RuleInput input, List<CabMember> members) {
        if (input == null) {
            rules.reject("rule", "rule is required.");
            return new DecisionRule(0, 0, 0, false, List.of());
        }
        int quorum = count(rules, "rule.quorum", input.quorum(), 0, COUNT_MAX);
        int minApprovals = count(rules, "rule.minApprovals", input.minApprovals(), 0, COUNT_MAX);
        int percent = count(rules, "rule.approvalPercent", input.approvalPercent(), 0, 100);
        if (minApprovals == 0 && percent == 0) {
            rules.reject("rule.minApprovals", "a rule needs a minimum of approvals or a share of votes, or any votes would approve.");
        }
        if (percent > 0 && quorum == 0) {
            rules.reject("rule.approvalPercent", "a share of votes needs a quorum, or the first vote would decide.");
        }
        Set<String> labels = new HashSet<>();
        members.forEach(m -> {
            if (m.groupLabel() != null) {
                labels.add(m.groupLabel().toLowerCase(Locale.ROOT));
            }
        });
        List<GroupMinimum> minimums = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<GroupMinimumInput> given = input.groupMinimums() == null ? List.of() : input.groupMinimums();
        for (int i = 0; i < given.size(); i++) {
            String field = "rule.groupMinimums[" + i + "]";
            GroupMinimumInput min = given.get(i) == null ? new GroupMinimumInput(null, null) : given.get(i);
            String group = rules.required(field + ".group", min.group(), LABEL_MAX);
            int needed = count(rules, field + ".minApprovals", min.minApprovals(), 1, COUNT_MAX);
            if (group == null) {
                continue;
            }
            if (!seen.add(group.toLowerCase(Locale.ROOT))) {
                rules.reject(field + ".group", "group " + group + " has a minimum already.");
            } else if (!labels.contains(group.toLowerCase(Locale.ROOT))) {
                rules.reject(field + ".group", "no member carries the group label " + group + ".");
            }
            minimums.add(new GroupMinimum(group, needed));
        }
        return new DecisionRule(quorum, minApprovals, percent, Boolean.TRUE.equals(input.abstentionsInQuorum()), minimums);
    }

    private static List<CabMember> members(TextRules rules, List<MemberInput> given,
                                           Function<String, Optional<String>> userKeyOf) {
        List<CabMember> members = new ArrayList<>();
        if (given == null || given.isEmpty()) {
            rules.reject("members", "a CAB needs at least one member.");
            return members;
        }
        if (given.size() > MEMBERS_MAX) {
            rules.reject("members", "a CAB may have at most " + MEMBERS_MAX + " member entries (it has " + given.size() + ").");
            return members;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "members[" + i + "]";
            MemberInput in = given.get(i) == null ? new MemberInput(null, null, null, null, null, null, null) : given.get(i);
            Optional<MemberKind> kind = MemberKind.parse(in.kind());
            if (kind.isEmpty()) {
                rules.reject(field + ".kind", field + ".kind must be one of " + MemberKind.allowed() + ".");
                continue;
            }
            String label = rules.optional(field + ".groupLabel", in.groupLabel(), LABEL_MAX);
            boolean veto = Boolean.TRUE.equals(in.veto());
            CabMember member = switch (kind.get()) {
                case USER -> {
                    String user = rules.required(field + ".user", in.user(), NAME_MAX);
                    String key = user == null ? null : userKeyOf.apply(user).orElse(null);
                    if (user != null && key == null) {
                        rules.reject(field + ".user", "no user is named " + user + ".");
                    }
                    yield key == null ? null : new CabMember(0, MemberKind.USER, key, null, null, null, veto, label);
                }
                case GROUP -> {
                    String group = rules.required(field + ".group", in.group(), NAME_MAX);
                    yield group == null ? null : new CabMember(0, MemberKind.GROUP, null, group, null, null, veto, label);
                }
                case PROJECT_ROLE -> {
                    String roleName = rules.optional(field + ".projectRoleName", in.projectRoleName(), NAME_MAX);
                    if (in.projectRoleId() == null || in.projectRoleId() <= 0) {
                        rules.reject(field + ".projectRoleId", field + ".projectRoleId is required (Jira's project role id).");
                        yield null;
                    }
                    yield new CabMember(0, MemberKind.PROJECT_ROLE, null, null, in.projectRoleId(), roleName, veto, label);
                }
            };
            if (member != null && !seen.add(identity(member))) {
                rules.reject(field, "the same " + member.kind().code() + " is listed twice.");
            } else if (member != null) {
                members.add(member);
            }
        }
        return members;
    }

    private static String identity(CabMember m) {
        return m.kind() + ":" + (m.kind() == MemberKind.USER ? m.userKey()
                : m.kind() == MemberKind.GROUP ? m.groupName().toLowerCase(Locale.ROOT) : String.valueOf(m.projectRoleId()));
    }

    private static int count(TextRules rules, String field, Integer value, int min, int max) {
        int n = value == null ? 0 : value;
        if (value == null && min > 0) {
            rules.reject(field, field + " is required.");
        } else if (n < min || n > max) {
            rules.reject(field, field + " must be between " + min + " and " + max + " (it is " + n + ").");
        }
        return n;
    }
}
