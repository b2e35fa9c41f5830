package org.relman.audit.app;

import java.util.List;
import org.relman.audit.domain.AuditEntry;
import org.relman.audit.domain.ChangeLogEntry;

/** The tamper-evident change log (requirements §6): append-only, one global hash chain. */
public interface ChangeLog {
    /**
     * Appends an entry, linked to the newest one, inside the caller's transaction, so the log holds exactly
     * what was committed. When another node appended the same sequence number first, the database's unique
     * constraint refuses this one and the caller's transaction fails; {@code ChangeTransaction} runs it again.
     */
    AuditEntry append(ChangeLogEntry entry);

    /** The entries about one issue, oldest first. */
    List<AuditEntry> forIssue(long issueId);

    /** Up to {@code limit} entries with a sequence number above {@code afterSeq}, in order. */
    List<AuditEntry> after(long afterSeq, int limit);
}
