package org.relman.change.adapter.jira;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The digest of an RFC's material fields (requirements §1.4): implementation, backout and test
 * plans and the requested window. When it changes, change management opens a new voting round.
 * Each part is length-prefixed so that moving text from one plan to another changes the digest;
 * line endings and trailing blanks are normalised first, so re-saving a plan unchanged (a browser
 * may send CRLF for LF) does not open a round.
 * Affected CIs are not part of it here: relman stores them itself, so a change to them is seen
 * where they are stored, not in Jira's fields.
 */
public final class MaterialFingerprint {
    private MaterialFingerprint() {
    }

    public static String of(String implementationPlan, String backoutPlan, String testPlan,
                            Instant windowStart, Instant windowEnd) {
        MessageDigest sha256 = sha256();
        for (String part : new String[] {normalised(implementationPlan), normalised(backoutPlan), normalised(testPlan),
                text(windowStart), text(windowEnd)}) {
            byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
            String header = (part == null ? "-" : String.valueOf(bytes.length)) + ":";
            sha256.update(header.getBytes(StandardCharsets.US_ASCII));
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static String normalised(String plan) {
        if (plan == null) {
            return null;
        }
        String text = plan.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \t]+\n", "\n").strip();
        return text.isEmpty() ? null : text;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
