package org.relman.cmdb.domain.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An import as every node sees it (it lives in the database): its state, counts and error report. A job that is
 * still running but has not reported progress for {@link #STALL_AFTER} ran on a node that stopped; it is shown as
 * stalled and nothing of it was written (writing is one transaction).
 */
public record ImportJob(long id, ImportKind kind, ImportState state, String message, ImportCounts counts,
                        long errorCount, List<ImportError> errors, String createdBy, Instant createdAt,
                        Instant updatedAt, Instant finishedAt) {
    public static final Duration STALL_AFTER = Duration.ofMinutes(5);

    public ImportJob {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        errors = List.copyOf(errors);
    }

    public boolean stalledAt(Instant now) {
        return !state.finished() && updatedAt.plus(STALL_AFTER).isBefore(now);
    }
}
