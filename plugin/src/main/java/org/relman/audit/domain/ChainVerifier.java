package org.relman.audit.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Walks the change log in sequence order and stops at the first entry that no longer matches: a missing
 * sequence number (a deleted row), a broken link to the previous hash, content that no longer hashes to the
 * stored hash (an edited payload or hash), or a column that disagrees with the hashed content (an edited
 * kind, issue, actor or time). Feed entries with {@link #accept}; read the answer with {@link #report}.
 */
public final class ChainVerifier {
    private long expectedSeq = 1;
    private String previousHash = ChainHash.GENESIS;
    private long checked;
    private Long brokenAt;
    private String problem;

    /** Checks the next entry; false once the chain is broken (later entries are not looked at). */
    public boolean accept(AuditEntry entry) {
        if (brokenAt != null) {
            return false;
        }
        if (entry.seqNo() != expectedSeq) {
            return broken(expectedSeq, expectedSeq == 1
                    ? "it is missing: the log starts at entry " + entry.seqNo()
                    : "it is missing: the sequence jumps from " + (expectedSeq - 1) + " to " + entry.seqNo());
        }
        if (!previousHash.equals(entry.prevHash())) {
            return broken(entry.seqNo(), expectedSeq == 1 ? "the first entry must link to the genesis hash"
                    : "its previous-hash does not match the hash of entry " + (expectedSeq - 1));
        }
        if (entry.payload() == null || entry.entryHash() == null
                || !ChainHash.of(entry.prevHash(), entry.payload()).equals(entry.entryHash())) {
            return broken(entry.seqNo(), "its content no longer matches its stored hash");
        }
        String column = columnMismatch(entry);
        if (column != null) {
            return broken(entry.seqNo(), column);
        }
        previousHash = entry.entryHash();
        expectedSeq++;
        checked++;
        return true;
    }

    public VerifyReport report() {
        return new VerifyReport(brokenAt == null, checked, brokenAt, problem, expectedSeq - 1, previousHash);
    }

    private static String columnMismatch(AuditEntry entry) {
        Map<String, String> hashed = CanonicalPayload.parse(entry.payload());
        String mismatch = compare("SEQ_NO", String.valueOf(entry.seqNo()), hashed.get("seq"));
        if (mismatch == null) {
            mismatch = compare("ENTRY_KIND", entry.kind(), hashed.get("kind"));
        }
        if (mismatch == null) {
            mismatch = compare("ISSUE_ID", entry.issueId() == null ? "" : entry.issueId().toString(), hashed.get("issue"));
        }
        if (mismatch == null) {
            mismatch = compare("ACTOR_KEY", entry.actorKey() == null ? "" : entry.actorKey(), hashed.get("actor"));
        }
        if (mismatch == null) {
            mismatch = compare("LOGGED_AT", entry.loggedAt() == null ? "" : entry.loggedAt().toString(), instant(hashed.get("at")));
        }
        return mismatch;
    }

    /** The hashed time as the column would hold it (both millisecond precision). */
    private static String instant(String text) {
        try {
            return text == null ? null : Instant.parse(text).toString();
        } catch (RuntimeException e) {
            return text;
        }
    }

    private static String compare(String column, String stored, String hashed) {
        return Objects.equals(stored, hashed) ? null
                : "column " + column + " says '" + stored + "' but the hashed content says '" + hashed + "'";
    }

    private boolean broken(long at, String why) {
        brokenAt = at;
        problem = why;
        return false;
    }
}
