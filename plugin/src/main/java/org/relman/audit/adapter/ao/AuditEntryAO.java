package org.relman.audit.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One entry of the tamper-evident change log. Table {@code AO_301B80_AUDIT_ENTRY}.
 * Append-only: the app inserts and never updates or deletes. ENTRY_HASH is the SHA-256 (lower-case hex) of
 * PREV_HASH and the entry's canonical text, so an edited or removed row breaks the chain. The unique SEQ_NO
 * stops two nodes appending the same link at once: the loser re-reads the tail and retries.
 */
@Table("AuditEntry")
public interface AuditEntryAO extends Entity {
    String SEQ_NO = "SEQ_NO";
    String ISSUE_ID = "ISSUE_ID";
    String ENTRY_KIND = "ENTRY_KIND";
    String LOGGED_AT = "LOGGED_AT";

    /** 1, 2, 3, ... without gaps. */
    @NotNull
    @Unique
    Long getSeqNo();
    void setSeqNo(Long seqNo);

    /** The RFC or Release the entry belongs to; null for entries about no issue (a CAB's rule). */
    @Indexed
    Long getIssueId();
    void setIssueId(Long issueId);

    /** VOTE_CAST, ROUND_CLOSED, GATE_EVALUATED, SIGNED_OFF, ... */
    @NotNull
    @Indexed
    @StringLength(64)
    String getEntryKind();
    void setEntryKind(String kind);

    @StringLength(255)
    String getActorKey();
    void setActorKey(String userKey);

    @NotNull
    @Indexed
    Date getLoggedAt();
    void setLoggedAt(Date at);

    /** The entry's content as canonical text: the exact input of the hash. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getPayload();
    void setPayload(String payload);

    /** ENTRY_HASH of the entry before; 64 zeros for the first. */
    @NotNull
    @StringLength(64)
    String getPrevHash();
    void setPrevHash(String hash);

    @NotNull
    @StringLength(64)
    String getEntryHash();
    void setEntryHash(String hash);
}
