package org.relman.change.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.relman.change.domain.Agenda;

/** CAB meeting agendas. */
public interface AgendaStore {
    Agenda create(long cabId, String title, Instant meetingAt, String createdBy, Instant at);

    Optional<Agenda> find(long id);

    /** The CAB's agendas, newest meeting first. */
    List<Agenda> ofCab(long cabId);

    /** Stores the items and the freeze; refuses (returns empty) when the agenda was frozen meanwhile. */
    Optional<Agenda> freeze(long id, List<Agenda.Item> items, String frozenBy, Instant at);
}
