package org.relman.change.adapter.rest;

import java.util.List;
import org.relman.change.adapter.rest.PanelJson.UserJson;
import org.relman.change.app.Agendas;
import org.relman.change.domain.Agenda;

/**
 * An agenda (or the live list of RFCs awaiting a CAB) with its items. {@code id} is 0 for the live list.
 * Minutes in JSON have the same shape; their items carry the votes.
 */
public record AgendaJson(long id, long cabId, String cabName, String title, String meetingAt, boolean frozen, String frozenAt,
                         UserJson frozenBy, String createdAt, UserJson createdBy, List<ItemJson> items, int hiddenItems) {

    /**
     * @param outcome  where the round stands: pending, approved, rejected, more-information-needed
     * @param decision null while the round is open
     */
    public record ItemJson(String rfc, String summary, int round, boolean open, String outcome, String decision, String reason,
                           String openedAt, List<VoteLineJson> votes) {
    }

    public record VoteLineJson(UserJson voter, UserJson onBehalfOf, String vote, String comment, String castAt, int revision) {
    }

    /** An agenda in a list. */
    public record Summary(long id, String title, String meetingAt, boolean frozen, String frozenAt, String createdAt) {
        static Summary of(Agenda a) {
            return new Summary(a.id(), a.title(), Codes.time(a.meetingAt()), a.frozen(), Codes.time(a.frozenAt()), Codes.time(a.createdAt()));
        }
    }

    /** What a change manager sends to plan a meeting. */
    public record AgendaRequest(Long cabId, String title, String meetingAt) {
    }

    static AgendaJson of(Agendas.AgendaView view) {
        Agenda a = view.agenda();
        return new AgendaJson(a.id(), a.cabId(), view.cab().name(), a.title(), Codes.time(a.meetingAt()), a.frozen(),
                Codes.time(a.frozenAt()), UserJson.of(view.frozenBy()), Codes.time(a.createdAt()), UserJson.of(view.createdBy()),
                view.items().stream().map(i -> new ItemJson(i.rfcKey(), i.summary(), i.round(), i.open(), Codes.of(i.outcome()),
                        Codes.decision(i.decision()), i.reason(), Codes.time(i.openedAt()), i.votes().stream()
                        .map(v -> new VoteLineJson(UserJson.of(v.voter()), UserJson.of(v.onBehalfOf()), v.vote().code(), v.comment(),
                                Codes.time(v.castAt()), v.revision())).toList())).toList(), view.hidden());
    }
}
