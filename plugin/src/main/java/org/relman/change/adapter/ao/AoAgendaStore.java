package org.relman.change.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.relman.change.app.AgendaStore;
import org.relman.change.domain.Agenda;

/** CAB agendas and the items of frozen ones. */
@Named
class AoAgendaStore implements AgendaStore {
    private final ActiveObjects ao;

    @Inject
    AoAgendaStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Agenda create(long cabId, String title, Instant meetingAt, String createdBy, Instant at) {
        return ao.executeInTransaction(() -> {
            CabAgendaAO row = ao.create(CabAgendaAO.class,
                    new DBParam(CabAgendaAO.CAB_ID, cabId),
                    new DBParam("TITLE", title),
                    new DBParam(CabAgendaAO.MEETING_AT, Rows.date(meetingAt)),
                    new DBParam("FROZEN", false),
                    new DBParam("CREATED_AT", Rows.date(at)),
                    new DBParam("CREATED_BY", createdBy));
            return find(row.getID()).orElseThrow();
        });
    }

    @Override
    public Optional<Agenda> find(long id) {
        return ao.executeInTransaction(() -> {
            CabAgendaAO[] rows = ao.find(CabAgendaAO.class, Query.select().where("ID = ?", id));
            if (rows.length == 0) {
                return Optional.empty();
            }
            List<Agenda.Item> items = new ArrayList<>();
            for (CabAgendaItemAO item : ao.find(CabAgendaItemAO.class, Query.select()
                    .where(CabAgendaItemAO.AGENDA_ID + " = ?", id).order(CabAgendaItemAO.SORT_ORDER))) {
                items.add(new Agenda.Item(item.getRfcIssueId(), item.getSortOrder(),
                        item.getRound() == null ? null : (long) item.getRound().getID()));
            }
            return Optional.of(toAgenda(rows[0], items));
        });
    }

    @Override
    public List<Agenda> ofCab(long cabId) {
        return ao.executeInTransaction(() -> {
            List<Agenda> agendas = new ArrayList<>();
            for (CabAgendaAO row : ao.find(CabAgendaAO.class, Query.select()
                    .where(CabAgendaAO.CAB_ID + " = ?", cabId).order("ID DESC"))) {
                agendas.add(toAgenda(row, List.of()));
            }
            return agendas;
        });
    }

    @Override
    public Optional<Agenda> freeze(long id, List<Agenda.Item> items, String frozenBy, Instant at) {
        return ao.executeInTransaction(() -> {
            CabAgendaAO row = ao.get(CabAgendaAO.class, (int) id);
            row.setFrozen(true);
            row.save(); // takes the row lock: a second freezer waits here, then sees the first one's freeze below
            CabAgendaAO now = ao.find(CabAgendaAO.class, Query.select().where("ID = ?", id))[0];
            if (now.getFrozenAt() != null) {
                return Optional.empty();
            }
            now.setFrozenAt(Rows.date(at));
            now.setFrozenBy(frozenBy);
            now.save();
            for (Agenda.Item item : items) {
                ao.create(CabAgendaItemAO.class,
                        new DBParam(CabAgendaItemAO.AGENDA_ID, id),
                        new DBParam(CabAgendaItemAO.RFC_ISSUE_ID, item.rfcIssueId()),
                        new DBParam(CabAgendaItemAO.SORT_ORDER, item.sortOrder()),
                        new DBParam("ROUND_ID", item.roundId()),
                        new DBParam("ADDED_AT", Rows.date(at)));
            }
            return find(id);
        });
    }

    private static Agenda toAgenda(CabAgendaAO row, List<Agenda.Item> items) {
        return new Agenda(row.getID(), row.getCab().getID(), row.getTitle(), Rows.instant(row.getMeetingAt()), row.isFrozen(),
                Rows.instant(row.getFrozenAt()), row.getFrozenBy(), Rows.instant(row.getCreatedAt()), row.getCreatedBy(), items);
    }
}
