package org.relman.change.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.audit.app.ChangeLog;
import org.relman.change.domain.Cab;
import org.relman.change.domain.Decision;
import org.relman.change.domain.Round;
import org.relman.change.domain.RoundDecision;
import org.relman.change.domain.Seat;
import org.relman.change.domain.Vote;
import org.relman.change.domain.VoteKind;
import org.relman.platform.app.UserDirectory;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.TextRules;
import org.relman.platform.domain.UserRef;

/**
 * Casting and changing votes (requirements §1.4). One current vote per seat and round: a change is a new
 * revision and the old one is kept, superseded. After each vote the CAB's rule is applied; an approval or a
 * rejection closes the round. The vote, the decision and their change log entries commit together.
 */
@Named
public class Voting {
    static final int COMMENT_MAX = 4000;

    private final ChangeAccess access;
    private final RfcLookup rfcs;
    private final CabStore cabs;
    private final RoundStore rounds;
    private final DeputyStore deputies;
    private final VotingRights rights;
    private final UserDirectory users;
    private final ChangeLog log;
    private final ChangeTransaction tx;

    @Inject
    public Voting(ChangeAccess access, RfcLookup rfcs, CabStore cabs, RoundStore rounds, DeputyStore deputies,
                  VotingRights rights, UserDirectory users, ChangeLog log, ChangeTransaction tx) {
        this.access = access;
        this.rfcs = rfcs;
        this.cabs = cabs;
        this.rounds = rounds;
        this.deputies = deputies;
        this.rights = rights;
        this.users = users;
        this.log = log;
        this.tx = tx;
    }

    /** @param onBehalfOf login name of the member a deputy votes for; empty for one's own seat */
    public record VoteInput(String vote, String comment, String onBehalfOf) {
    }

    /** What a vote did: the vote stored (or the unchanged current one), the decision after it, whether it closed the round. */
    public record Recorded(Vote vote, Decision decision, boolean closedRound, boolean unchanged) {
    }

    public Recorded vote(String issueKey, VoteInput input) {
        UserRef user = access.requireUser();
        RfcOnIssue rfc = rfcs.find(issueKey, user);
        Round latest = rounds.latest(rfc.id()).orElse(null);
        Cab cab = latest == null ? null : cabs.find(latest.cabId()).orElseThrow();
        check(rights.of(user, rfc, Optional.ofNullable(latest), cab, deputies.actingAt(user.key(), Rounds.now())));
        VoteInput given = input == null ? new VoteInput(null, null, null) : input;
        TextRules rules = new TextRules();
        Optional<VoteKind> kind = VoteKind.parse(given.vote());
        if (kind.isEmpty()) {
            rules.reject("vote", "vote must be one of " + VoteKind.allowed() + ".");
        }
        String comment = kind.orElse(null) == VoteKind.REJECT
                ? rules.required("comment", given.comment(), COMMENT_MAX)
                : rules.optional("comment", given.comment(), COMMENT_MAX);
        String onBehalfOfKey = null;
        if (given.onBehalfOf() != null && !given.onBehalfOf().isBlank()) {
            onBehalfOfKey = users.byName(given.onBehalfOf()).map(UserRef::key).orElse(null);
            if (onBehalfOfKey == null) {
                rules.reject("onBehalfOf", "no user is named " + given.onBehalfOf().strip() + ".");
            }
        }
        rules.check();
        String seatKey = onBehalfOfKey;
        return tx.run(() -> record(user, rfc, kind.get(), comment, seatKey));
    }

    private Recorded record(UserRef user, RfcOnIssue rfc, VoteKind kind, String comment, String onBehalfOfKey) {
        Round open = rounds.latest(rfc.id()).filter(Round::open)
                .orElseThrow(() -> new ConflictException("vote", rfc.key() + " has no open voting round."));
        Round round = rounds.lock(open.id());
        Cab cab = cabs.find(round.cabId()).orElseThrow();
        VotingRights.Rights now = rights.of(user, rfc, Optional.of(round), cab, deputies.actingAt(user.key(), Rounds.now()));
        check(now);
        Seat seat = seat(user, now.seats(), onBehalfOfKey);
        List<Vote> current = new ArrayList<>(Tallies.current(rounds.votes(List.of(round.id())), round.id()));
        Optional<Vote> previous = current.stream().filter(v -> v.seatKey().equals(seat.memberKey())).findFirst();
        Names names = new Names(users);
        if (previous.isPresent() && previous.get().kind() == kind && Objects.equals(previous.get().comment(), comment)
                && previous.get().voterKey().equals(user.key())) {
            return new Recorded(previous.get(), Tallies.decide(cab, current, names), false, true);
        }
        Vote vote = rounds.record(new RoundStore.NewVote(round.id(), user.key(), seat.deputy() ? seat.memberKey() : null,
                kind, comment, Rounds.now(), previous.map(v -> v.revision() + 1).orElse(1), seat.veto(), seat.group(),
                previous.map(Vote::id).orElse(null)));
        previous.ifPresent(current::remove);
        current.add(vote);
        Decision decision = Tallies.decide(cab, current, names);
        rounds.setOutcome(round.id(), decision.outcome());
        log.append(ChangeEvents.vote(round, vote, decision));
        if (decision.isFinal()) {
            Round closed = rounds.close(round.id(), RoundDecision.closing(decision.outcome()), decision.reason(), user.key(), Rounds.now());
            log.append(ChangeEvents.roundClosed(closed, user.key()));
        }
        return new Recorded(vote, decision, decision.isFinal(), false);
    }

    /** The seat the vote fills: the one named, else one's own, else the only one a deputy holds. */
    private static Seat seat(UserRef user, List<Seat> seats, String onBehalfOfKey) {
        String wanted = onBehalfOfKey == null || onBehalfOfKey.equals(user.key()) ? null : onBehalfOfKey;
        if (wanted != null) {
            return seats.stream().filter(s -> s.deputy() && s.memberKey().equals(wanted)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("onBehalfOf",
                            "you do not stand in for that member on this RFC's CAB."));
        }
        Optional<Seat> own = seats.stream().filter(s -> !s.deputy()).findFirst();
        if (own.isPresent()) {
            return own.get();
        }
        if (seats.size() == 1) {
            return seats.get(0);
        }
        throw new InvalidInputException("onBehalfOf", "you stand in for "
                + String.join(", ", seats.stream().map(Seat::memberName).toList()) + ": say for whom you vote.");
    }

    private static void check(VotingRights.Rights rights) {
        if (rights.verdict().refused()) {
            throw rights.roundState() ? new ConflictException("vote", rights.verdict().reason())
                    : AccessDeniedException.because(rights.verdict().reason());
        }
    }
}
