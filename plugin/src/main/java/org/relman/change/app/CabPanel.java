package org.relman.change.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.change.domain.Cab;
import org.relman.change.domain.Decision;
import org.relman.change.domain.Round;
import org.relman.change.domain.RoundDecision;
import org.relman.change.domain.Seat;
import org.relman.change.domain.StandardChange;
import org.relman.change.domain.Vote;
import org.relman.platform.app.UserDirectory;
import org.relman.platform.domain.UserRef;

/**
 * The CAB panel's state for an RFC in one call. Its SQL does not grow with votes or rounds: the RFC's rounds
 * in one query, all their votes in one, the CAB with its members and group minimums, and the viewer's
 * deputy records; everything else is counted in memory.
 */
@Named
public class CabPanel {
    private final ChangeAccess access;
    private final RfcLookup rfcs;
    private final CabRouting routing;
    private final CabStore cabs;
    private final RoundStore rounds;
    private final DeputyStore deputies;
    private final VotingRights rights;
    private final UserDirectory users;
    private final ChangeTransaction tx;

    @Inject
    public CabPanel(ChangeAccess access, RfcLookup rfcs, CabRouting routing, CabStore cabs, RoundStore rounds,
                    DeputyStore deputies, VotingRights rights, UserDirectory users, ChangeTransaction tx) {
        this.access = access;
        this.rfcs = rfcs;
        this.routing = routing;
        this.cabs = cabs;
        this.rounds = rounds;
        this.deputies = deputies;
        this.rights = rights;
        this.users = users;
        this.tx = tx;
    }

    public PanelState state(String issueKey) {
        UserRef viewer = access.requireUser();
        RfcOnIssue rfc = rfcs.find(issueKey, viewer);
        // one read transaction: one connection and one consistent view for all the queries
        return tx.run(() -> build(viewer, rfc));
    }

    private PanelState build(UserRef viewer, RfcOnIssue rfc) {
        List<Round> all = rounds.ofRfc(rfc.id());
        List<Vote> votes = all.isEmpty() ? List.of() : rounds.votes(all.stream().map(Round::id).toList());
        Optional<Round> latest = all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        Optional<Cab> cab = latest.isPresent() ? cabs.find(latest.get().cabId()) : routing.cabFor(rfc.rfc());
        Optional<StandardChange> standard = latest.isPresent() ? Optional.empty() : routing.preApproved(rfc.rfc());
        Names names = new Names(users);

        List<PanelState.RoundView> views = new ArrayList<>();
        for (Round round : all) {
            views.add(view(round, votes, cab.orElse(null), names));
        }
        PanelState.RoundView current = views.isEmpty() ? null : views.remove(views.size() - 1);
        List<PanelState.RoundView> earlier = new ArrayList<>(views);
        earlier.sort(Comparator.comparingInt(PanelState.RoundView::number).reversed());

        VotingRights.Rights may = standard.isPresent() || cab.isEmpty()
                ? null : rights.of(viewer, rfc, latest, cab.get(), deputies.actingAt(viewer.key(), Rounds.now()));
        boolean roundOpen = latest.isPresent() && latest.get().open();
        boolean mayClose = roundOpen && access.isChangeManager(viewer);
        boolean maySubmit = standard.isEmpty() && cab.isPresent() && mayAskForARound(latest)
                && (viewer.key().equals(rfc.issue().reporterKey()) || access.isChangeManager(viewer));
        PanelState.ViewerView viewerView = viewer(viewer, rfc, may, current, standard, mayClose, maySubmit);
        return new PanelState(rfc.key(), rfc.rfc().changeType().name().toLowerCase(java.util.Locale.ROOT),
                cab.map(c -> new PanelState.CabSummary(c.id(), c.name(), c.emergency(), c.rule())).orElse(null),
                cab.map(c -> c.rule().describe()).orElse(null),
                standard.map(s -> CabRouting.skipsTheCab(rfc.key(), s)).orElse(null), current, earlier, viewerView);
    }

    /** No round yet, or the last one ended rejected or asking for more information: the requester submits (again). */
    private static boolean mayAskForARound(Optional<Round> latest) {
        return latest.isEmpty() || !latest.get().open() && (latest.get().decision() == RoundDecision.REJECTED
                || latest.get().decision() == RoundDecision.MORE_INFO);
    }

    private static PanelState.ViewerView viewer(UserRef viewer, RfcOnIssue rfc, VotingRights.Rights may,
                                                PanelState.RoundView current, Optional<StandardChange> standard,
                                                boolean mayClose, boolean maySubmit) {
        if (may == null) {
            String why = standard.map(s -> CabRouting.skipsTheCab(rfc.key(), s))
                    .orElse("No CAB decides " + rfc.key() + " yet: a change manager must flag a default CAB.");
            return new PanelState.ViewerView(viewer, false, why, List.of(), false, false);
        }
        List<PanelState.SeatView> seats = new ArrayList<>();
        for (Seat seat : may.seats()) {
            PanelState.VoteView vote = current == null ? null : current.votes().stream()
                    .filter(v -> (v.onBehalfOf() != null ? v.onBehalfOf() : v.voter()).key().equals(seat.memberKey()))
                    .findFirst().orElse(null);
            seats.add(new PanelState.SeatView(new UserRef(seat.memberKey(), seat.memberKey(), seat.memberName()), seat.deputy(), vote));
        }
        return new PanelState.ViewerView(viewer, may.verdict().allowed(), may.verdict().reason(), seats, mayClose, maySubmit);
    }

    private static PanelState.RoundView view(Round round, List<Vote> votes, Cab cab, Names names) {
        List<Vote> ofRound = votes.stream().filter(v -> v.roundId() == round.id()).toList();
        List<Vote> current = Tallies.current(ofRound, round.id());
        Decision live = cab == null ? null : Tallies.decide(cab, current, names);
        Map<String, List<Vote>> bySeat = new LinkedHashMap<>();
        ofRound.stream().sorted(Comparator.comparingInt(Vote::revision))
                .forEach(v -> bySeat.computeIfAbsent(v.seatKey(), k -> new ArrayList<>()).add(v));
        List<PanelState.VoteView> voteViews = new ArrayList<>();
        for (Vote vote : current) {
            List<PanelState.VoteRevision> history = bySeat.getOrDefault(vote.seatKey(), List.of()).stream()
                    .filter(Vote::superseded)
                    .map(v -> new PanelState.VoteRevision(names.user(v.voterKey()), user(names, v.onBehalfOfKey()), v.kind(),
                            v.comment(), v.castAt(), v.revision())).toList();
            voteViews.add(new PanelState.VoteView(names.user(vote.voterKey()), user(names, vote.onBehalfOfKey()), vote.kind(),
                    vote.comment(), vote.castAt(), vote.revision(), vote.revision() > 1, history));
        }
        voteViews.sort(Comparator.comparing(PanelState.VoteView::castAt));
        String reason = round.open() ? (live == null ? "pending" : live.reason()) : round.decisionReason();
        return new PanelState.RoundView(round.number(), round.open(), round.openedAt(), user(names, round.openedBy()),
                round.openReason().words(), round.openDetail(), round.closedAt(), user(names, round.closedBy()),
                round.open() && live != null ? live.outcome() : round.outcome(), round.decision(), reason,
                live == null ? null : live.tally(), voteViews);
    }

    private static UserRef user(Names names, String key) {
        return key == null ? null : names.user(key);
    }
}
