package org.relman.change.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.relman.change.app.CabStore;
import org.relman.change.domain.Cab;
import org.relman.change.domain.CabDefinition;
import org.relman.change.domain.CabMember;
import org.relman.change.domain.DecisionRule;
import org.relman.change.domain.GroupMinimum;
import org.relman.change.domain.MemberKind;

/**
 * CABs in {@code AO_301B80_CAB}, their members and group minimums. Reading a CAB costs three queries,
 * however many members it has; an update replaces the member and minimum rows.
 */
@Named
class AoCabStore implements CabStore {
    private final ActiveObjects ao;

    @Inject
    AoCabStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Cab> all() {
        return ao.executeInTransaction(() -> load(Query.select().order(CabAO.NAME), null));
    }

    @Override
    public Optional<Cab> find(long id) {
        return one(Query.select().where("ID = ?", id), id);
    }

    @Override
    public Optional<Cab> findByName(String name) {
        return one(Query.select().where(CabAO.NAME + " = ?", name), null);
    }

    @Override
    public Optional<Cab> emergency() {
        return one(Query.select().where(CabAO.EMERGENCY + " = ?", true).order("ID").limit(1), null);
    }

    @Override
    public Optional<Cab> defaultCab() {
        return one(Query.select().where(CabAO.DEFAULT_CAB + " = ?", true).order("ID").limit(1), null);
    }

    @Override
    public Cab create(CabDefinition definition) {
        return ao.executeInTransaction(() -> {
            CabAO row = ao.create(CabAO.class,
                    new DBParam(CabAO.NAME, definition.name()),
                    new DBParam(CabAO.EMERGENCY, definition.emergency()),
                    new DBParam(CabAO.DEFAULT_CAB, definition.defaultCab()),
                    new DBParam("ABSTENTIONS_IN_QUORUM", definition.rule().abstentionsInQuorum()));
            write(row, definition);
            return find(row.getID()).orElseThrow();
        });
    }

    @Override
    public Cab update(long id, CabDefinition definition) {
        return ao.executeInTransaction(() -> {
            CabAO row = ao.get(CabAO.class, (int) id);
            row.setName(definition.name());
            row.setEmergency(definition.emergency());
            row.setDefaultCab(definition.defaultCab());
            row.setAbstentionsInQuorum(definition.rule().abstentionsInQuorum());
            ao.deleteWithSQL(CabMemberAO.class, CabMemberAO.CAB_ID + " = ?", id);
            ao.deleteWithSQL(CabGroupMinAO.class, CabGroupMinAO.CAB_ID + " = ?", id);
            write(row, definition);
            return find(id).orElseThrow();
        });
    }

    @Override
    public boolean hasRounds(long id) {
        return ao.executeInTransaction(() -> ao.count(CabRoundAO.class, Query.select().where(CabRoundAO.CAB_ID + " = ?", id)) > 0);
    }

    @Override
    public void delete(long id) {
        ao.executeInTransaction(() -> {
            for (CabAgendaAO agenda : ao.find(CabAgendaAO.class, Query.select().where(CabAgendaAO.CAB_ID + " = ?", id))) {
                ao.deleteWithSQL(CabAgendaItemAO.class, CabAgendaItemAO.AGENDA_ID + " = ?", agenda.getID());
            }
            ao.deleteWithSQL(CabAgendaAO.class, CabAgendaAO.CAB_ID + " = ?", id);
            ao.deleteWithSQL(CabMemberAO.class, CabMemberAO.CAB_ID + " = ?", id);
            ao.deleteWithSQL(CabGroupMinAO.class, CabGroupMinAO.CAB_ID + " = ?", id);
            ao.deleteWithSQL(CabAO.class, "ID = ?", id);
            return null;
        });
    }

    private void write(CabAO row, CabDefinition definition) {
        DecisionRule rule = definition.rule();
        row.setDescription(definition.description());
        row.setQuorum(rule.quorum());
        row.setMinApprovals(rule.minApprovals());
        row.setApprovalPercent(rule.approvalPercent());
        row.save();
        for (CabMember member : definition.members()) {
            ao.create(CabMemberAO.class,
                    new DBParam(CabMemberAO.CAB_ID, row.getID()),
                    new DBParam("MEMBER_KIND", member.kind().name()),
                    new DBParam(CabMemberAO.USER_KEY, member.userKey()),
                    new DBParam(CabMemberAO.GROUP_NAME, member.groupName()),
                    new DBParam("PROJECT_ROLE_ID", member.projectRoleId()),
                    new DBParam("PROJECT_ROLE_NAME", member.projectRoleName()),
                    new DBParam("VETO", member.veto()),
                    new DBParam("GROUP_LABEL", member.groupLabel()));
        }
        for (GroupMinimum minimum : rule.groupMinimums()) {
            ao.create(CabGroupMinAO.class,
                    new DBParam(CabGroupMinAO.CAB_ID, row.getID()),
                    new DBParam("GROUP_LABEL", minimum.group()),
                    new DBParam("MIN_APPROVALS", minimum.minApprovals()));
        }
    }

    private Optional<Cab> one(Query query, Long id) {
        return ao.executeInTransaction(() -> load(query, id).stream().findFirst());
    }

    /** The CABs the query finds, with members and minimums read in one query each. */
    private List<Cab> load(Query query, Long onlyId) {
        CabAO[] rows = ao.find(CabAO.class, query);
        if (rows.length == 0) {
            return List.of();
        }
        String cabIds = onlyId != null || rows.length == 1 ? " = ?" : " IN (" + Rows.placeholders(rows.length) + ")";
        Object[] params = new Object[rows.length];
        for (int i = 0; i < rows.length; i++) {
            params[i] = rows[i].getID();
        }
        Map<Integer, List<CabMember>> members = new HashMap<>();
        for (CabMemberAO m : ao.find(CabMemberAO.class, Query.select().where(CabMemberAO.CAB_ID + cabIds, params).order("ID"))) {
            members.computeIfAbsent(m.getCab().getID(), k -> new ArrayList<>()).add(new CabMember(m.getID(),
                    MemberKind.valueOf(m.getMemberKind()), m.getUserKey(), m.getGroupName(), m.getProjectRoleId(),
                    m.getProjectRoleName(), m.isVeto(), m.getGroupLabel()));
        }
        Map<Integer, List<GroupMinimum>> minimums = new HashMap<>();
        for (CabGroupMinAO g : ao.find(CabGroupMinAO.class, Query.select().where(CabGroupMinAO.CAB_ID + cabIds, params).order("ID"))) {
            minimums.computeIfAbsent(g.getCab().getID(), k -> new ArrayList<>()).add(new GroupMinimum(g.getGroupLabel(), g.getMinApprovals()));
        }
        List<Cab> cabs = new ArrayList<>();
        for (CabAO row : rows) {
            DecisionRule rule = new DecisionRule(row.getQuorum(), row.getMinApprovals(), row.getApprovalPercent(),
                    row.isAbstentionsInQuorum(), minimums.getOrDefault(row.getID(), List.of()));
            cabs.add(new Cab(row.getID(), row.getName(), row.getDescription(), row.isEmergency(), row.isDefaultCab(), rule,
                    members.getOrDefault(row.getID(), List.of())));
        }
        return cabs;
    }
}
