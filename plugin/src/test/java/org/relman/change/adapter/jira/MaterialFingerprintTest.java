package org.relman.change.adapter.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MaterialFingerprintTest {
    private static final Instant START = Instant.parse("2026-12-05T22:00:00Z");
    private static final Instant END = Instant.parse("2026-12-06T02:00:00Z");
    private static final String BASE = MaterialFingerprint.of("Stop CRM\nPatch DB", "Restore backup", "Smoke test", START, END);

    @Test
    void isAStableSha256() {
        assertThat(BASE).hasSize(64).matches("[0-9a-f]+")
                .isEqualTo(MaterialFingerprint.of("Stop CRM\nPatch DB", "Restore backup", "Smoke test", START, END));
    }

    @Test
    void changesWhenAPlanOrTheWindowChanges() {
        assertThat(MaterialFingerprint.of("Stop CRM\nPatch DB twice", "Restore backup", "Smoke test", START, END)).isNotEqualTo(BASE);
        assertThat(MaterialFingerprint.of("Stop CRM\nPatch DB", "Restore backup", "Full regression", START, END)).isNotEqualTo(BASE);
        assertThat(MaterialFingerprint.of("Stop CRM\nPatch DB", "Restore backup", "Smoke test", START.plusSeconds(3600), END)).isNotEqualTo(BASE);
        assertThat(MaterialFingerprint.of("Stop CRM\nPatch DB", "Restore backup", "Smoke test", START, null)).isNotEqualTo(BASE);
    }

    @Test
    void movingTextFromOnePlanToAnotherChangesIt() {
        assertThat(MaterialFingerprint.of("ab", "c", null, null, null)).isNotEqualTo(MaterialFingerprint.of("a", "bc", null, null, null));
        assertThat(MaterialFingerprint.of(null, "x", null, null, null)).isNotEqualTo(MaterialFingerprint.of("x", null, null, null, null));
    }

    @Test
    void reSavingAPlanWithOtherLineEndingsOrTrailingBlanksDoesNotChangeIt() {
        assertThat(MaterialFingerprint.of("Stop CRM  \r\nPatch DB\r\n", " Restore backup", "Smoke test\t", START, END)).isEqualTo(BASE);
        assertThat(MaterialFingerprint.of("   ", null, "", null, null)).isEqualTo(MaterialFingerprint.of(null, null, null, null, null));
    }
}
