package org.relman.change.app;

import java.time.Instant;
import java.util.List;
import org.relman.change.domain.DecisionOutcome;
import org.relman.change.domain.DecisionRule;
import org.relman.change.domain.RoundDecision;
import org.relman.change.domain.Tally;
import org.relman.change.domain.VoteKind;
import org.relman.platform.domain.UserRef;

/**
 * Everything the CAB panel on an RFC shows, built in one call: the rule in words, the newest round with its
 * live tally and votes, earlier rounds, and what the viewer may do.
 *
 * @param standardChange words saying the RFC skips the CAB, or null
 */
public record PanelState(String rfcKey, String changeType, CabSummary cab, String rule, String standardChange,
                         RoundView round, List<RoundView> earlierRounds, ViewerView viewer) {
    public PanelState {
        earlierRounds = List.copyOf(earlierRounds);
    }

    public record CabSummary(long id, String name, boolean emergency, DecisionRule rule) {
    }

    /**
     * @param decision how a closed round ended, else null
     * @param reason   the decision's reason, or for an open round the live outcome's
     */
    public record RoundView(int number, boolean open, Instant openedAt, UserRef openedBy, String openReason, String openDetail,
                            Instant closedAt, UserRef closedBy, DecisionOutcome outcome, RoundDecision decision,
                            String reason, Tally tally, List<VoteView> votes) {
        public RoundView {
            votes = List.copyOf(votes);
        }
    }

    /** A seat's current vote and, when it was changed, its earlier revisions (oldest first). */
    public record VoteView(UserRef voter, UserRef onBehalfOf, VoteKind vote, String comment, Instant castAt, int revision,
                           boolean changed, List<VoteRevision> history) {
        public VoteView {
            history = List.copyOf(history);
        }
    }

    public record VoteRevision(UserRef voter, UserRef onBehalfOf, VoteKind vote, String comment, Instant castAt, int revision) {
    }

    /** A seat the viewer may fill now, and its current vote in the open round (null before the first). */
    public record SeatView(UserRef member, boolean deputy, VoteView currentVote) {
    }

    /** @param reason why the viewer may not vote; empty when they may */
    public record ViewerView(UserRef user, boolean mayVote, String reason, List<SeatView> seats, boolean mayCloseRound,
                             boolean maySubmit) {
        public ViewerView {
            seats = List.copyOf(seats);
        }
    }
}
