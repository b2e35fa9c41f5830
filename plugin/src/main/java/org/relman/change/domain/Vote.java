package org.relman.change.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One vote, or one change of a vote, in a round. A changed vote is a new revision; the earlier one is kept,
 * marked superseded. {@code onBehalfOfKey} is set when a deputy voted for a member.
 */
public record Vote(long id, long roundId, String voterKey, String onBehalfOfKey, VoteKind kind, String comment,
                   Instant castAt, int revision, boolean superseded, boolean seatVeto, String seatGroup) {
    public Vote {
        Objects.requireNonNull(voterKey, "voterKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(castAt, "castAt");
    }

    /** The member whose seat this vote fills. */
    public String seatKey() {
        return onBehalfOfKey != null ? onBehalfOfKey : voterKey;
    }

    public CountedVote counted(String seatName) {
        return new CountedVote(seatKey(), seatName, kind, seatVeto, seatGroup);
    }
}
