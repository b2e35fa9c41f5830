package org.relman.change.app;

import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.change.domain.Cab;
import org.relman.change.domain.Round;
import org.relman.change.domain.RoundDecision;
import org.relman.change.domain.StandardChange;
import org.relman.platform.app.UserDirectory;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.UserRef;
import org.relman.platform.domain.Verdict;

/** {@link ChangeGate} for Jira's workflow modules, answered by the same policies as the REST API and the panel. */
@Named
public class CabChangeGate implements ChangeGate {
    private final RfcLookup rfcs;
    private final CabRouting routing;
    private final CabStore cabs;
    private final RoundStore rounds;
    private final DeputyStore deputies;
    private final VotingRights rights;
    private final Rounds roundLife;
    private final UserDirectory users;

    @Inject
    public CabChangeGate(RfcLookup rfcs, CabRouting routing, CabStore cabs, RoundStore rounds, DeputyStore deputies,
                         VotingRights rights, Rounds roundLife, UserDirectory users) {
        this.rfcs = rfcs;
        this.routing = routing;
        this.cabs = cabs;
        this.rounds = rounds;
        this.deputies = deputies;
        this.rights = rights;
        this.roundLife = roundLife;
        this.users = users;
    }

    @Override
    public Verdict cabApproved(IssueRef issue) {
        Optional<RfcOnIssue> rfc = rfc(issue);
        if (rfc.isEmpty()) {
            return Verdict.refuse(issue.key() + " is not an RFC.");
        }
        Optional<StandardChange> standard = routing.preApproved(rfc.get().rfc());
        if (standard.isPresent()) {
            return Verdict.allow();
        }
        Optional<Round> latest = rounds.latest(issue.id());
        if (latest.isEmpty()) {
            return Verdict.refuse(issue.key() + " has no CAB decision: it has not been submitted to a CAB yet.");
        }
        Round round = latest.get();
        if (!round.open() && round.decision() == RoundDecision.APPROVED) {
            return Verdict.allow();
        }
        String reason = round.open() ? liveReason(round) : round.decisionReason();
        return Verdict.refuse(issue.key() + " is not approved by the CAB (round " + round.number() + ": " + reason + ").");
    }

    @Override
    public Verdict mayVote(UserRef user, IssueRef issue) {
        Optional<RfcOnIssue> rfc = rfc(issue);
        if (rfc.isEmpty()) {
            return Verdict.refuse(issue.key() + " is not an RFC.");
        }
        Optional<Round> latest = rounds.latest(issue.id());
        Cab cab = latest.flatMap(r -> cabs.find(r.cabId())).orElse(null);
        return rights.of(user, rfc.get(), latest, cab, deputies.actingAt(user.key(), Rounds.now())).verdict();
    }

    @Override
    public String onSubmitted(IssueRef issue, UserRef actor) {
        return rfc(issue).map(rfc -> roundLife.submitted(rfc, actor)).orElse(issue.key() + " is not an RFC; no voting round opened.");
    }

    private String liveReason(Round round) {
        Cab cab = cabs.find(round.cabId()).orElseThrow();
        return Tallies.decide(cab, Tallies.current(rounds.votes(List.of(round.id())), round.id()), new Names(users)).reason();
    }

    private Optional<RfcOnIssue> rfc(IssueRef issue) {
        try {
            return Optional.of(rfcs.of(issue));
        } catch (NotFoundException notAnRfc) {
            return Optional.empty();
        }
    }
}
