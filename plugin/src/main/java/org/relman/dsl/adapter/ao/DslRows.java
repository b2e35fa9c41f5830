package org.relman.dsl.adapter.ao;

import org.relman.dsl.domain.CheckOutcome;
import org.relman.dsl.domain.DslCopy;
import org.relman.dsl.domain.DslEntry;
import org.relman.dsl.domain.EntryKind;
import org.relman.dsl.domain.EntryState;
import org.relman.dsl.domain.StateChange;

/** Turns the DSL's rows into records, so that no entity or proxy leaves this package. */
final class DslRows {
    private DslRows() {
    }

    static DslEntry entry(DslEntryAO row) {
        return new DslEntry(row.getID(), row.getName(), row.getEntryVersion(), EntryKind.valueOf(row.getEntryKind()),
                row.getSha256Hex(), row.getSizeBytes(), EntryState.valueOf(row.getEntryState()), row.getReleaseIssueId(),
                row.getAddedBy(), row.getAddedAt().toInstant());
    }

    static DslCopy copy(DslCopyAO row) {
        return new DslCopy(row.getID(), row.getLocation(), row.isPrimaryCopy(),
                row.getVerifiedAt() == null ? null : row.getVerifiedAt().toInstant(),
                row.getVerifyOutcome() == null ? null : CheckOutcome.valueOf(row.getVerifyOutcome()));
    }

    static StateChange change(DslStateChangeAO row) {
        return new StateChange(row.getFromState() == null ? null : EntryState.valueOf(row.getFromState()),
                EntryState.valueOf(row.getToState()), row.getChangedBy(), row.getChangedAt().toInstant(), row.getChangeReason());
    }
}
