package org.relman.change.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.change.domain.Cab;
import org.relman.change.domain.DecisionOutcome;
import org.relman.change.domain.Deputy;
import org.relman.change.domain.Round;
import org.relman.change.domain.Seat;
import org.relman.change.domain.Vote;
import org.relman.platform.app.IssueDirectory;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;

/**
 * {@link RfcSearch} for the JQL functions. "Awaiting my vote": open rounds in which the user may vote (the
 * same rights as the panel) and some seat they may fill has no vote yet. "By decision": the outcome of each
 * RFC's newest round, kept on the round after every vote so no votes are recounted.
 */
@Named
public class CabRfcSearch implements RfcSearch {
    private final RoundStore rounds;
    private final CabStore cabs;
    private final DeputyStore deputies;
    private final VotingRights rights;
    private final IssueDirectory issues;
    private final RfcLookup rfcs;

    @Inject
    public CabRfcSearch(RoundStore rounds, CabStore cabs, DeputyStore deputies, VotingRights rights,
                        IssueDirectory issues, RfcLookup rfcs) {
        this.rounds = rounds;
        this.cabs = cabs;
        this.deputies = deputies;
        this.rights = rights;
        this.issues = issues;
        this.rfcs = rfcs;
    }

    @Override
    public List<Long> awaitingVoteOf(UserRef user) {
        List<Round> open = rounds.openRounds(null);
        if (open.isEmpty()) {
            return List.of();
        }
        List<Deputy> actingFor = deputies.actingAt(user.key(), Rounds.now());
        Map<Long, Set<String>> votedSeats = rounds.votes(open.stream().map(Round::id).toList()).stream()
                .filter(v -> !v.superseded())
                .collect(Collectors.groupingBy(Vote::roundId, Collectors.mapping(Vote::seatKey, Collectors.toSet())));
        Map<Long, Optional<Cab>> cabsById = new HashMap<>();
        List<Long> awaiting = new ArrayList<>();
        for (Round round : open) {
            Optional<Cab> cab = cabsById.computeIfAbsent(round.cabId(), cabs::find);
            Optional<IssueRef> issue = cab.isEmpty() ? Optional.empty() : issues.find(round.rfcKey(), user);
            if (issue.isEmpty()) {
                continue;
            }
            RfcOnIssue rfc;
            try {
                rfc = rfcs.of(issue.get());
            } catch (RuntimeException notAnRfcAnyMore) {
                continue;
            }
            VotingRights.Rights may = rights.of(user, rfc, Optional.of(round), cab.get(), actingFor);
            Set<String> voted = votedSeats.getOrDefault(round.id(), Set.of());
            if (may.verdict().allowed() && may.seats().stream().map(Seat::memberKey).anyMatch(seat -> !voted.contains(seat))) {
                awaiting.add(round.rfcIssueId());
            }
        }
        return awaiting;
    }

    @Override
    public List<Long> withDecision(DecisionOutcome outcome) {
        return rounds.latestWithOutcome(outcome).stream().map(Round::rfcIssueId).distinct().toList();
    }
}
