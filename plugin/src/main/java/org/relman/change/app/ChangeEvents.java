package org.relman.change.app;

import org.relman.audit.domain.ChangeLogEntry;
import org.relman.change.domain.Cab;
import org.relman.change.domain.Decision;
import org.relman.change.domain.Round;
import org.relman.change.domain.Vote;

/** The change log entries change management writes, each with the details a reader of the log needs. */
final class ChangeEvents {
    static final String ROUND_OPENED = "ROUND_OPENED";
    static final String ROUND_CLOSED = "ROUND_CLOSED";
    static final String VOTE_CAST = "VOTE_CAST";
    static final String VOTE_CHANGED = "VOTE_CHANGED";
    static final String CAB_SKIPPED = "CAB_SKIPPED";
    static final String CAB_SAVED = "CAB_SAVED";
    static final String CAB_DELETED = "CAB_DELETED";
    static final String DEPUTY_NAMED = "DEPUTY_NAMED";
    static final String DEPUTY_REMOVED = "DEPUTY_REMOVED";
    static final String AGENDA_FROZEN = "AGENDA_FROZEN";

    private ChangeEvents() {
    }

    static ChangeLogEntry roundOpened(Round round, Cab cab, String actorKey) {
        return ChangeLogEntry.of(ROUND_OPENED, round.rfcIssueId(), actorKey)
                .with("rfc", round.rfcKey())
                .with("round", round.number())
                .with("cab", cab.name())
                .with("reason", round.openReason().words())
                .with("detail", round.openDetail())
                .with("fingerprint", round.fingerprint());
    }

    static ChangeLogEntry vote(Round round, Vote vote, Decision after) {
        return ChangeLogEntry.of(vote.revision() == 1 ? VOTE_CAST : VOTE_CHANGED, round.rfcIssueId(), vote.voterKey())
                .with("rfc", round.rfcKey())
                .with("round", round.number())
                .with("seat", vote.seatKey())
                .with("on-behalf-of", vote.onBehalfOfKey())
                .with("vote", vote.kind().code())
                .with("revision", vote.revision())
                .with("comment", vote.comment())
                .with("tally", after.reason());
    }

    static ChangeLogEntry roundClosed(Round closed, String actorKey) {
        return ChangeLogEntry.of(ROUND_CLOSED, closed.rfcIssueId(), actorKey)
                .with("rfc", closed.rfcKey())
                .with("round", closed.number())
                .with("decision", closed.decision().name())
                .with("reason", closed.decisionReason());
    }
}
