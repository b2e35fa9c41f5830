package org.relman.audit.domain;

import java.time.Instant;
import java.util.Map;

/** A stored change log entry, column by column as the database holds it (so a verifier sees any edit). */
public record AuditEntry(long seqNo, Long issueId, String kind, String actorKey, Instant loggedAt, String payload,
                         String prevHash, String entryHash) {

    public Map<String, String> details() {
        return CanonicalPayload.details(payload == null ? "" : payload);
    }
}
