package org.relman.change.domain;

import java.time.Instant;
import java.util.Objects;
import org.relman.platform.domain.IssueRef;

/**
 * An RFC's fields (requirements §1.1) as relman's rules read them. In Jira they live in the RFC
 * issue type's fields; in the sandbox in its small issue store.
 *
 * @param standardChangeCode the pre-approved catalogue entry of a standard change, else null
 * @param materialFingerprint a digest of the material fields (plans, requested window, affected CIs):
 *                            when it changes, a new voting round opens (§1.4)
 */
public record Rfc(IssueRef issue, ChangeType changeType, String risk, String impact, String urgency,
                  String changeOwnerKey, Instant windowStart, Instant windowEnd, String standardChangeCode,
                  String materialFingerprint) {
    public Rfc {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(changeType, "changeType");
        Objects.requireNonNull(materialFingerprint, "materialFingerprint");
    }
}
