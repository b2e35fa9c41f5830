package org.relman.change.app;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.audit.app.ChangeLog;
import org.relman.audit.domain.ChangeLogEntry;
import org.relman.change.domain.Agenda;
import org.relman.change.domain.Cab;
import org.relman.change.domain.Decision;
import org.relman.change.domain.DecisionOutcome;
import org.relman.change.domain.Round;
import org.relman.change.domain.RoundDecision;
import org.relman.change.domain.Vote;
import org.relman.change.domain.VoteKind;
import org.relman.platform.app.IssueDirectory;
import org.relman.platform.app.UserDirectory;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.TextRules;
import org.relman.platform.domain.UserRef;

/**
 * CAB agendas (requirements §1.8): the RFCs awaiting a CAB's decision (its open rounds), agendas for
 * meetings that list them live until frozen, and the minutes of a frozen agenda. Anyone logged in may read
 * them, seeing only RFCs they may browse; change managers create and freeze them.
 */
@Named
public class Agendas {
    private final ChangeAccess access;
    private final CabStore cabs;
    private final RoundStore rounds;
    private final AgendaStore agendas;
    private final IssueDirectory issues;
    private final UserDirectory users;
    private final ChangeLog log;
    private final ChangeTransaction tx;

    @Inject
    public Agendas(ChangeAccess access, CabStore cabs, RoundStore rounds, AgendaStore agendas, IssueDirectory issues,
                   UserDirectory users, ChangeLog log, ChangeTransaction tx) {
        this.access = access;
        this.cabs = cabs;
        this.rounds = rounds;
        this.agendas = agendas;
        this.issues = issues;
        this.users = users;
        this.log = log;
        this.tx = tx;
    }

    public record AgendaInput(Long cabId, String title, String meetingAt) {
    }

    /** An RFC on an agenda: the round under discussion, where it stands, and its current votes. */
    public record ItemView(long issueId, String rfcKey, String summary, int round, boolean open, DecisionOutcome outcome,
                           RoundDecision decision, String reason, Instant openedAt, List<VoteLine> votes) {
    }

    public record VoteLine(UserRef voter, UserRef onBehalfOf, VoteKind vote, String comment, Instant castAt, int revision) {
    }

    /** @param hidden RFCs on the agenda the viewer may not browse (counted, not shown) */
    public record AgendaView(Agenda agenda, Cab cab, UserRef createdBy, UserRef frozenBy, List<ItemView> items, int hidden) {
    }

    /** The CAB's RFCs awaiting a decision now, oldest round first, as an unsaved agenda. */
    public AgendaView awaiting(long cabId) {
        UserRef viewer = access.requireUser();
        Cab cab = cab(cabId);
        Agenda live = new Agenda(0, cabId, "Awaiting a decision", null, false, null, null, null, null, List.of());
        return view(live, cab, rounds.openRounds(cabId), viewer);
    }

    public List<Agenda> list(long cabId) {
        access.requireUser();
        cab(cabId);
        return agendas.ofCab(cabId);
    }

    public AgendaView create(AgendaInput input) {
        UserRef user = access.requireChangeManager("plan CAB meetings");
        AgendaInput given = input == null ? new AgendaInput(null, null, null) : input;
        TextRules rules = new TextRules();
        if (given.cabId() == null) {
            rules.reject("cabId", "cabId is required.");
        }
        String title = rules.required("title", given.title(), 255);
        Instant meetingAt = null;
        if (given.meetingAt() != null && !given.meetingAt().isBlank()) {
            try {
                meetingAt = Instant.parse(given.meetingAt().strip());
            } catch (DateTimeParseException e) {
                rules.reject("meetingAt", "meetingAt must be an ISO-8601 instant (2026-03-01T09:00:00Z).");
            }
        }
        rules.check();
        Cab cab = cab(given.cabId());
        Agenda agenda = agendas.create(cab.id(), title, meetingAt, user.key(), Rounds.now());
        return view(agenda, cab, rounds.openRounds(cab.id()), user);
    }

    public AgendaView get(long agendaId) {
        UserRef viewer = access.requireUser();
        Agenda agenda = agenda(agendaId);
        return view(agenda, cab(agenda.cabId()), roundsOf(agenda), viewer);
    }

    /** Keeps the agenda's items as they are now, each with its open round; who froze it and when are recorded. */
    public AgendaView freeze(long agendaId) {
        UserRef user = access.requireChangeManager("freeze a CAB agenda");
        return tx.run(() -> {
            Agenda agenda = agenda(agendaId);
            if (agenda.frozen()) {
                throw frozenAlready(agenda);
            }
            List<Round> open = rounds.openRounds(agenda.cabId());
            List<Agenda.Item> items = new ArrayList<>();
            for (int i = 0; i < open.size(); i++) {
                items.add(new Agenda.Item(open.get(i).rfcIssueId(), i + 1, open.get(i).id()));
            }
            Agenda frozen = agendas.freeze(agendaId, items, user.key(), Rounds.now()).orElseThrow(() -> frozenAlready(agenda(agendaId)));
            log.append(ChangeLogEntry.of(ChangeEvents.AGENDA_FROZEN, null, user.key()).with("agenda", frozen.title())
                    .with("items", open.stream().map(Round::rfcKey).collect(Collectors.joining(", "))));
            return view(frozen, cab(frozen.cabId()), open, user);
        });
    }

    /** The meeting's minutes: a frozen agenda's items with each round's decision, reason and votes. */
    public AgendaView minutes(long agendaId) {
        AgendaView view = get(agendaId);
        if (!view.agenda().frozen()) {
            throw new ConflictException("agenda", "Freeze the agenda first: minutes record the items of a meeting.");
        }
        return view;
    }

    private List<Round> roundsOf(Agenda agenda) {
        if (!agenda.frozen()) {
            return rounds.openRounds(agenda.cabId());
        }
        Map<Long, Round> byId = rounds.find(agenda.items().stream().map(Agenda.Item::roundId).filter(Objects::nonNull)
                .toList()).stream().collect(Collectors.toMap(Round::id, Function.identity()));
        return agenda.items().stream().sorted(Comparator.comparingInt(Agenda.Item::sortOrder))
                .map(item -> byId.get(item.roundId())).filter(Objects::nonNull).toList();
    }

    private AgendaView view(Agenda agenda, Cab cab, List<Round> ofAgenda, UserRef viewer) {
        Names names = new Names(users);
        List<Vote> votes = ofAgenda.isEmpty() ? List.of() : rounds.votes(ofAgenda.stream().map(Round::id).toList());
        List<ItemView> items = new ArrayList<>();
        int hidden = 0;
        for (Round round : ofAgenda) {
            Optional<IssueRef> issue = issues.find(round.rfcKey(), viewer);
            if (issue.isEmpty()) {
                hidden++;
                continue;
            }
            List<Vote> current = Tallies.current(votes, round.id());
            Decision live = Tallies.decide(cab, current, names);
            List<VoteLine> lines = current.stream().sorted(Comparator.comparing(Vote::castAt))
                    .map(v -> new VoteLine(names.user(v.voterKey()), v.onBehalfOfKey() == null ? null : names.user(v.onBehalfOfKey()),
                            v.kind(), v.comment(), v.castAt(), v.revision())).toList();
            items.add(new ItemView(round.rfcIssueId(), issue.get().key(), issue.get().summary(), round.number(), round.open(),
                    round.open() ? live.outcome() : round.outcome(), round.decision(),
                    round.open() ? live.reason() : round.decisionReason(), round.openedAt(), lines));
        }
        return new AgendaView(agenda, cab, agenda.createdBy() == null ? null : names.user(agenda.createdBy()),
                agenda.frozenBy() == null ? null : names.user(agenda.frozenBy()), items, hidden);
    }

    private ConflictException frozenAlready(Agenda agenda) {
        return new ConflictException("agenda", "The agenda was frozen already, at " + agenda.frozenAt() + " by "
                + new Names(users).name(agenda.frozenBy()) + ".");
    }

    private Cab cab(long cabId) {
        return cabs.find(cabId).orElseThrow(() -> new NotFoundException("No CAB has the id " + cabId + "."));
    }

    private Agenda agenda(long id) {
        return agendas.find(id).orElseThrow(() -> new NotFoundException("No agenda has the id " + id + "."));
    }
}
