package org.relman.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hash chain finds the first entry that no longer matches, whatever was changed about it. */
class ChainVerifierTest {
    private List<AuditEntry> chain;

    @BeforeEach
    void fiveEntries() {
        chain = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (long seq = 1; seq <= 5; seq++) {
            Instant at = Instant.parse("2026-03-01T09:00:00Z").plusSeconds(seq);
            ChangeLogEntry entry = ChangeLogEntry.of("VOTE_CAST", 10_000L + seq, "carl").with("vote", "approve")
                    .with("comment", "fine\nby me");
            String payload = CanonicalPayload.format(seq, entry, at);
            String hash = ChainHash.of(previous, payload);
            chain.add(new AuditEntry(seq, 10_000L + seq, "VOTE_CAST", "carl", at, payload, previous, hash));
            previous = hash;
        }
    }

    private VerifyReport verify() {
        ChainVerifier verifier = new ChainVerifier();
        for (AuditEntry entry : chain) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.report();
    }

    private AuditEntry entry(int seq) {
        return chain.get(seq - 1);
    }

    @Test
    void anUntouchedChainIsIntact() {
        VerifyReport report = verify();

        assertThat(report.message()).isEqualTo("intact: 5 entries");
        assertThat(report.headSeq()).isEqualTo(5);
        assertThat(report.headHash()).isEqualTo(entry(5).entryHash());
    }

    @Test
    void anEditedCommentBreaksTheChainAtThatEntry() {
        AuditEntry e = entry(3);
        chain.set(2, new AuditEntry(3, e.issueId(), e.kind(), e.actorKey(), e.loggedAt(),
                e.payload().replace("fine", "terrible"), e.prevHash(), e.entryHash()));

        assertThat(verify().message()).isEqualTo("broken at entry 3: its content no longer matches its stored hash");
    }

    @Test
    void aRehashedEntryStillBreaksTheLinkOfTheNextOne() {
        AuditEntry e = entry(3);
        String forged = e.payload().replace("approve", "reject");
        chain.set(2, new AuditEntry(3, e.issueId(), e.kind(), e.actorKey(), e.loggedAt(), forged, e.prevHash(),
                ChainHash.of(e.prevHash(), forged)));

        assertThat(verify().message()).isEqualTo("broken at entry 4: its previous-hash does not match the hash of entry 3");
    }

    @Test
    void aDeletedEntryIsReportedAsMissing() {
        chain.remove(2);

        VerifyReport report = verify();
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenAt()).isEqualTo(3);
        assertThat(report.message()).isEqualTo("broken at entry 3: it is missing: the sequence jumps from 2 to 4");
    }

    @Test
    void aDeletedFirstEntryIsReportedAsMissing() {
        chain.remove(0);

        assertThat(verify().message()).isEqualTo("broken at entry 1: it is missing: the log starts at entry 2");
    }

    @Test
    void aColumnThatDisagreesWithTheHashedContentIsNamed() {
        AuditEntry e = entry(2);
        chain.set(1, new AuditEntry(2, e.issueId(), "VOTE_CHANGED", e.actorKey(), e.loggedAt(), e.payload(), e.prevHash(), e.entryHash()));

        assertThat(verify().message())
                .isEqualTo("broken at entry 2: column ENTRY_KIND says 'VOTE_CHANGED' but the hashed content says 'VOTE_CAST'");
    }

    @Test
    void aMovedEntryIsNamedByItsIssueColumn() {
        AuditEntry e = entry(4);
        chain.set(3, new AuditEntry(4, 99L, e.kind(), e.actorKey(), e.loggedAt(), e.payload(), e.prevHash(), e.entryHash()));

        assertThat(verify().message()).isEqualTo("broken at entry 4: column ISSUE_ID says '99' but the hashed content says '10004'");
    }

    @Test
    void anEmptyLogIsIntact() {
        chain.clear();

        assertThat(verify().message()).isEqualTo("intact: 0 entries");
    }
}
