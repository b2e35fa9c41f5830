package org.relman.change.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.change.domain.Cab;
import org.relman.change.domain.Deputy;
import org.relman.change.domain.Round;
import org.relman.change.domain.Seat;
import org.relman.change.domain.SegregationOfDuties;
import org.relman.platform.domain.UserRef;
import org.relman.platform.domain.Verdict;

/**
 * May this user vote on this RFC now, and in which seats? Asked by the workflow condition, the vote
 * endpoint and the panel alike, so each shows the same reason. In order: segregation of duties (for the
 * user, then for each member they would stand in for), an open round, a seat on the round's CAB.
 */
@Named
public class VotingRights {
    private final CabSeats seats;

    @Inject
    public VotingRights(CabSeats seats) {
        this.seats = seats;
    }

    /** The answer and, when allowed, the seats the user may fill (own seat first). */
    public record Rights(Verdict verdict, List<Seat> seats, boolean roundState) {
        public Rights {
            seats = List.copyOf(seats);
        }

        /** Refused because of the round (none, or closed) rather than who the user is. */
        static Rights roundRefused(String reason) {
            return new Rights(Verdict.refuse(reason), List.of(), true);
        }

        static Rights personRefused(Verdict verdict) {
            return new Rights(verdict, List.of(), false);
        }
    }

    /**
     * @param round     the RFC's newest round, if any
     * @param cab       the round's CAB (ignored without a round)
     * @param actingFor the deputy records naming the user, valid now
     */
    public Rights of(UserRef user, RfcOnIssue rfc, Optional<Round> round, Cab cab, List<Deputy> actingFor) {
        Verdict own = SegregationOfDuties.mayVote(user, rfc.issue(), rfc.rfc().changeOwnerKey());
        if (own.refused()) {
            return Rights.personRefused(own);
        }
        if (round.isEmpty()) {
            return Rights.roundRefused(rfc.key() + " has no voting round: one opens when the RFC is submitted.");
        }
        if (!round.get().open()) {
            Round closed = round.get();
            return Rights.roundRefused("The vote on " + rfc.key() + " is closed (" + closed.decisionReason()
                    + "); a closed round never changes.");
        }
        List<Seat> candidates = seats.seats(user, cab, rfc.issue().projectKey(), actingFor);
        if (candidates.isEmpty()) {
            return Rights.personRefused(Verdict.refuse(
                    "You are not a member of " + cab.name() + ", and no member of it has named you their deputy."));
        }
        List<Seat> allowed = new ArrayList<>();
        Verdict firstRefusal = null;
        for (Seat seat : candidates) {
            Verdict verdict = seat.deputy() ? SegregationOfDuties.mayStandIn(
                    new UserRef(seat.memberKey(), seat.memberKey(), seat.memberName()), rfc.issue(),
                    rfc.rfc().changeOwnerKey()) : Verdict.allow();
            if (verdict.allowed()) {
                allowed.add(seat);
            } else if (firstRefusal == null) {
                firstRefusal = verdict;
            }
        }
        return allowed.isEmpty() ? Rights.personRefused(firstRefusal) : new Rights(Verdict.allow(), allowed, false);
    }
}
