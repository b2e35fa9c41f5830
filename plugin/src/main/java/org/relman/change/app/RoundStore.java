package org.relman.change.app;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.relman.change.domain.DecisionOutcome;
import org.relman.change.domain.OpenReason;
import org.relman.change.domain.Round;
import org.relman.change.domain.RoundDecision;
import org.relman.change.domain.Vote;
import org.relman.change.domain.VoteKind;

/** Voting rounds and their votes. Closed rounds are never written again. */
public interface RoundStore {
    /** The RFC's newest round. */
    Optional<Round> latest(long rfcIssueId);

    /** Every round of the RFC, first round first. */
    List<Round> ofRfc(long rfcIssueId);

    Optional<Round> find(long roundId);

    List<Round> find(Collection<Long> roundIds);

    /**
     * Opens round {@code number} of the RFC.
     *
     * @throws RuntimeException from the database when another node opened that round number first
     */
    Round open(NewRound round);

    /** Takes the round's row lock for the rest of the transaction and returns the round as committed now. */
    Round lock(long roundId);

    /** Every vote of the rounds, all revisions, in the order cast. */
    List<Vote> votes(Collection<Long> roundIds);

    /** Marks {@code supersedes} (if any) superseded and stores the new revision. */
    Vote record(NewVote vote);

    void setOutcome(long roundId, DecisionOutcome outcome);

    Round close(long roundId, RoundDecision decision, String reason, String closedBy, Instant at);

    /** Open rounds, of one CAB or (null) of all, oldest first. */
    List<Round> openRounds(Long cabId);

    /** For every RFC whose newest round has this outcome, that round. */
    List<Round> latestWithOutcome(DecisionOutcome outcome);

    record NewRound(long rfcIssueId, String rfcKey, long cabId, int number, String openedBy, OpenReason reason,
                    String detail, String fingerprint, Instant at) {
    }

    record NewVote(long roundId, String voterKey, String onBehalfOfKey, VoteKind kind, String comment, Instant castAt,
                   int revision, boolean seatVeto, String seatGroup, Long supersedes) {
    }
}
