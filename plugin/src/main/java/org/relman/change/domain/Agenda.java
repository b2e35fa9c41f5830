package org.relman.change.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A CAB meeting's agenda. Until frozen it lists the CAB's RFCs awaiting a decision as they are now;
 * frozen, it keeps the items it had at that moment, each with the round the meeting decides.
 */
public record Agenda(long id, long cabId, String title, Instant meetingAt, boolean frozen, Instant frozenAt,
                     String frozenBy, Instant createdAt, String createdBy, List<Item> items) {
    public Agenda {
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
    }

    /** An RFC on a frozen agenda and the round that was open when the agenda froze. */
    public record Item(long rfcIssueId, int sortOrder, Long roundId) {
    }
}
