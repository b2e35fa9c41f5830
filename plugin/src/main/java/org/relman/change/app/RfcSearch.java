package org.relman.change.app;

import java.util.List;
import org.relman.change.domain.DecisionOutcome;
import org.relman.platform.domain.UserRef;

/** The questions relman's JQL functions answer, as issue ids. */
public interface RfcSearch {
    /** RFCs with an open round in which {@code user} (or the member they deputise for) may still vote. */
    List<Long> awaitingVoteOf(UserRef user);

    /** RFCs whose latest decision is {@code outcome}. */
    List<Long> withDecision(DecisionOutcome outcome);
}
