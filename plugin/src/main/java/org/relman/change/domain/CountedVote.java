package org.relman.change.domain;

import java.util.Objects;

/**
 * A current vote as the decision rule counts it: the seat it fills (the member, also when a deputy
 * cast it), that seat's veto and group label, and the member's name for the reason text.
 */
public record CountedVote(String seatKey, String seatName, VoteKind kind, boolean veto, String group) {
    public CountedVote {
        Objects.requireNonNull(seatKey, "seatKey");
        Objects.requireNonNull(kind, "kind");
        seatName = seatName == null ? seatKey : seatName;
    }
}
