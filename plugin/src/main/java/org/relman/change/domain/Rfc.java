package org.relman.change.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Objects;
import java.util.TreeSet;
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

    /**
     * This RFC with its affected CIs (which relman stores, not Jira) folded into the material fingerprint, in key
     * order so that the order of picking does not matter. With no CIs the fingerprint stays what the fields give,
     * so rounds opened before an RFC had CIs are not superseded by a lookup alone.
     */
    public Rfc withAffectedCis(Collection<String> ciKeys) {
        if (ciKeys.isEmpty()) {
            return this;
        }
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        sha256.update(materialFingerprint.getBytes(StandardCharsets.UTF_8));
        for (String key : new TreeSet<>(ciKeys)) {
            sha256.update((byte) '\n');
            sha256.update(key.getBytes(StandardCharsets.UTF_8));
        }
        return new Rfc(issue, changeType, risk, impact, urgency, changeOwnerKey, windowStart, windowEnd, standardChangeCode,
                HexFormat.of().formatHex(sha256.digest()));
    }
}
