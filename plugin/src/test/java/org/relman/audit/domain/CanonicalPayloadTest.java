package org.relman.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hashed text reads back field by field, whatever people typed into a comment. */
class CanonicalPayloadTest {

    @Test
    void writesTheHeaderThenTheDetailsOneLineEach() {
        ChangeLogEntry entry = ChangeLogEntry.of("VOTE_CAST", 10001L, "carl").with("rfc", "RFC-12").with("comment", "ok");

        assertThat(CanonicalPayload.format(7, entry, Instant.parse("2026-03-01T09:00:00.120Z"))).isEqualTo("""
                seq: 7
                kind: VOTE_CAST
                issue: 10001
                actor: carl
                at: 2026-03-01T09:00:00.120Z
                rfc: RFC-12
                comment: ok
                """);
    }

    @Test
    void lineBreaksBackslashesAndFakeFieldsInValuesStayInsideTheirField() {
        String sneaky = "line one\nkind: FORGED\r\\n back\\slash: yes";
        String payload = CanonicalPayload.format(1, ChangeLogEntry.of("VOTE_CAST", null, null).with("comment", sneaky), Instant.EPOCH);

        Map<String, String> fields = CanonicalPayload.parse(payload);
        assertThat(fields).containsEntry("kind", "VOTE_CAST").containsEntry("comment", sneaky).containsEntry("issue", "");
        assertThat(payload.lines()).hasSize(6);
        assertThat(CanonicalPayload.details(payload)).containsExactly(Map.entry("comment", sneaky));
    }

    @Test
    void refusesDetailNamesThatWouldPassForTheHeader() {
        assertThatThrownBy(() -> ChangeLogEntry.of("VOTE_CAST", 1L, "carl").with("seq", "2"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChangeLogEntry.of("vote cast", 1L, "carl")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hashesAreSha256OfThePreviousHashAndThePayload() {
        assertThat(ChainHash.of(ChainHash.GENESIS, "seq: 1\n")).hasSize(64).matches("[0-9a-f]{64}")
                .isNotEqualTo(ChainHash.of(ChainHash.GENESIS, "seq: 1\n "));
        assertThat(ChainHash.of("", "")).isEqualTo("01ba4719c80b6fe911b091a7c05124b64eeece964e09c058ef8f9805daca546b");
    }
}
