package org.relman.change.adapter.rest;

import java.util.List;
import org.relman.change.app.CabAdministration;
import org.relman.change.domain.Cab;
import org.relman.change.domain.CabDefinition;
import org.relman.change.domain.CabMember;

/** A CAB as the REST API reads and writes it. */
public record CabJson(long id, String name, String description, boolean emergency, boolean defaultCab, RuleJson rule,
                      List<MemberJson> members) {

    public record GroupMinimumJson(String group, Integer minApprovals) {
    }

    /** @param text the rule in words (read only) */
    public record RuleJson(Integer quorum, Integer minApprovals, Integer approvalPercent, Boolean abstentionsInQuorum,
                           List<GroupMinimumJson> groupMinimums, String text) {
    }

    /**
     * @param kind  user, group or project-role
     * @param user  login name (in requests); in answers also {@code userKey} and {@code displayName}
     * @param label how people read the member (answers only)
     */
    public record MemberJson(Long id, String kind, String user, String userKey, String displayName, String group,
                             Long projectRoleId, String projectRoleName, Boolean veto, String groupLabel, String label) {
    }

    /** What a client sends to create or replace a CAB. */
    public record CabRequest(String name, String description, Boolean emergency, Boolean defaultCab, RuleJson rule,
                             List<MemberJson> members) {
        CabDefinition.Input toInput() {
            CabDefinition.RuleInput ruleInput = rule == null ? null : new CabDefinition.RuleInput(rule.quorum(), rule.minApprovals(),
                    rule.approvalPercent(), rule.abstentionsInQuorum(), rule.groupMinimums() == null ? null : rule.groupMinimums().stream()
                    .map(g -> g == null ? null : new CabDefinition.GroupMinimumInput(g.group(), g.minApprovals())).toList());
            List<CabDefinition.MemberInput> memberInputs = members == null ? null : members.stream()
                    .map(m -> m == null ? null : new CabDefinition.MemberInput(m.kind(), m.user(), m.group(), m.projectRoleId(),
                            m.projectRoleName(), m.veto(), m.groupLabel())).toList();
            return new CabDefinition.Input(name, description, emergency, defaultCab, ruleInput, memberInputs);
        }
    }

    static CabJson of(CabAdministration.CabView view) {
        Cab cab = view.cab();
        RuleJson rule = new RuleJson(cab.rule().quorum(), cab.rule().minApprovals(), cab.rule().approvalPercent(),
                cab.rule().abstentionsInQuorum(), cab.rule().groupMinimums().stream()
                .map(g -> new GroupMinimumJson(g.group(), g.minApprovals())).toList(), cab.rule().describe());
        return new CabJson(cab.id(), cab.name(), cab.description(), cab.emergency(), cab.defaultCab(), rule,
                view.members().stream().map(CabJson::member).toList());
    }

    private static MemberJson member(CabAdministration.MemberView view) {
        CabMember m = view.member();
        return new MemberJson(m.id(), m.kind().code(), view.user() == null ? null : view.user().name(), m.userKey(),
                view.user() == null ? null : view.user().displayName(), m.groupName(), m.projectRoleId(), m.projectRoleName(),
                m.veto(), m.groupLabel(), view.label());
    }
}
