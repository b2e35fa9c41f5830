package org.relman.audit.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.relman.audit.app.ChangeLog;
import org.relman.audit.domain.AuditEntry;
import org.relman.audit.domain.CanonicalPayload;
import org.relman.audit.domain.ChainHash;
import org.relman.audit.domain.ChangeLogEntry;

/**
 * The change log in {@code AO_301B80_AUDIT_ENTRY}. Only inserts: no method updates or deletes a row.
 * The next sequence number is the newest plus one; two nodes taking the same one collide on the unique
 * SEQ_NO, and the loser's whole transaction is retried by the caller.
 */
@Named
class AoChangeLog implements ChangeLog {

    private final ActiveObjects ao;

    @Inject
    AoChangeLog(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public AuditEntry append(ChangeLogEntry entry) {
        return ao.executeInTransaction(() -> {
            AuditEntryAO[] tail = ao.find(AuditEntryAO.class,
                    Query.select().order(AuditEntryAO.SEQ_NO + " DESC").limit(1));
            long seq = tail.length == 0 ? 1 : tail[0].getSeqNo() + 1;
            String previous = tail.length == 0 ? ChainHash.GENESIS : tail[0].getEntryHash();
            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            String payload = CanonicalPayload.format(seq, entry, at);
            String hash = ChainHash.of(previous, payload);
            ao.create(AuditEntryAO.class,
                    new DBParam(AuditEntryAO.SEQ_NO, seq),
                    new DBParam(AuditEntryAO.ISSUE_ID, entry.issueId()),
                    new DBParam(AuditEntryAO.ENTRY_KIND, entry.kind()),
                    new DBParam("ACTOR_KEY", entry.actorKey()),
                    new DBParam(AuditEntryAO.LOGGED_AT, Date.from(at)),
                    new DBParam("PAYLOAD", payload),
                    new DBParam("PREV_HASH", previous),
                    new DBParam("ENTRY_HASH", hash));
            return new AuditEntry(seq, entry.issueId(), entry.kind(), entry.actorKey(), at, payload, previous, hash);
        });
    }

    @Override
    public List<AuditEntry> forIssue(long issueId) {
        return read(Query.select().where(AuditEntryAO.ISSUE_ID + " = ?", issueId).order(AuditEntryAO.SEQ_NO));
    }

    @Override
    public List<AuditEntry> after(long afterSeq, int limit) {
        return read(Query.select().where(AuditEntryAO.SEQ_NO + " > ?", afterSeq).order(AuditEntryAO.SEQ_NO).limit(limit));
    }

    private List<AuditEntry> read(Query query) {
        return ao.executeInTransaction(() -> {
            List<AuditEntry> entries = new ArrayList<>();
            for (AuditEntryAO row : ao.find(AuditEntryAO.class, query)) {
                entries.add(new AuditEntry(row.getSeqNo(), row.getIssueId(), row.getEntryKind(), row.getActorKey(),
                        row.getLoggedAt() == null ? null : row.getLoggedAt().toInstant(), row.getPayload(),
                        row.getPrevHash(), row.getEntryHash()));
            }
            return entries;
        });
    }
}
