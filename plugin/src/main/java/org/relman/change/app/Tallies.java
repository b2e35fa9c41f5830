package org.relman.change.app;

import java.util.List;
import org.relman.change.domain.Cab;
import org.relman.change.domain.Decision;
import org.relman.change.domain.DecisionCalculator;
import org.relman.change.domain.Vote;

/** Counting a round's votes by its CAB's rule. */
final class Tallies {
    private Tallies() {
    }

    /** The votes that count in a round: the newest revision of each seat. */
    static List<Vote> current(List<Vote> votes, long roundId) {
        return votes.stream().filter(v -> v.roundId() == roundId && !v.superseded()).toList();
    }

    static Decision decide(Cab cab, List<Vote> current, Names names) {
        return DecisionCalculator.decide(cab.rule(), current.stream().map(v -> v.counted(names.name(v.seatKey()))).toList());
    }
}
