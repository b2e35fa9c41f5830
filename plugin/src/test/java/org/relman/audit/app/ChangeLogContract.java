package org.relman.audit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.audit.domain.AuditEntry;
import org.relman.audit.domain.ChangeLogEntry;
import org.relman.audit.domain.VerifyReport;
import org.relman.change.adapter.ao.ChangeStores;
import org.relman.change.testing.ChangeWorld;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.testkit.db.OnDatabase;
import org.relman.testkit.db.TestDatabaseKind;

/**
 * The change log on a real database: appends link into one chain, even from many threads at once, and the
 * verify action finds rows someone edited or deleted with SQL behind the app's back.
 */
abstract class ChangeLogContract implements OnDatabase {
    private static final String TABLE = "\"AO_301B80_AUDIT_ENTRY\"";

    private ChangeWorld world;

    @BeforeEach
    void aChangeManagerReadsTheLog() {
        world = new ChangeWorld(database().activeObjects(ChangeStores.ENTITIES));
        world.as(world.chris);
    }

    private void appendVotes(int n) {
        for (int i = 1; i <= n; i++) {
            long issue = 10_000 + i;
            world.tx.run(() -> world.log.append(ChangeLogEntry.of("VOTE_CAST", issue, "key-carl").with("vote", "approve")
                    .with("comment", "Looks fine")));
        }
    }

    private int sql(String statement, Object... params) throws Exception {
        try (Connection connection = database().dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                update.setObject(i + 1, params[i]);
            }
            return update.executeUpdate();
        }
    }

    @Test
    void appendsLinkEachEntryToThePreviousOne() {
        appendVotes(3);

        List<AuditEntry> entries = world.log.after(0, 10);
        assertThat(entries).extracting(AuditEntry::seqNo).containsExactly(1L, 2L, 3L);
        assertThat(entries.get(1).prevHash()).isEqualTo(entries.get(0).entryHash());
        assertThat(entries.get(2).prevHash()).isEqualTo(entries.get(1).entryHash());
        assertThat(world.audit.verify().message()).isEqualTo("intact: 3 entries");
    }

    @Test
    void verifyFindsAPayloadEditedWithSql() throws Exception {
        appendVotes(5);

        assertThat(sql("UPDATE " + TABLE + " SET \"PAYLOAD\" = REPLACE(\"PAYLOAD\", 'approve', 'reject') WHERE \"SEQ_NO\" = ?", 3))
                .isEqualTo(1);

        VerifyReport report = world.audit.verify();
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenAt()).isEqualTo(3);
        assertThat(report.message()).isEqualTo("broken at entry 3: its content no longer matches its stored hash");
    }

    @Test
    void verifyFindsAColumnEditedWithSql() throws Exception {
        appendVotes(5);

        sql("UPDATE " + TABLE + " SET \"ACTOR_KEY\" = ? WHERE \"SEQ_NO\" = ?", "mallory", 2);

        assertThat(world.audit.verify().message())
                .isEqualTo("broken at entry 2: column ACTOR_KEY says 'mallory' but the hashed content says 'key-carl'");
    }

    @Test
    void verifyFindsARowDeletedFromTheMiddle() throws Exception {
        appendVotes(5);

        sql("DELETE FROM " + TABLE + " WHERE \"SEQ_NO\" = ?", 3);

        assertThat(world.audit.verify().message()).isEqualTo("broken at entry 3: it is missing: the sequence jumps from 2 to 4");
    }

    @Test
    void verifyWalksLogsLongerThanOnePage() throws Exception {
        for (int batch = 0; batch < 4; batch++) {
            int size = batch < 3 ? 300 : 303;
            world.tx.run(() -> {
                for (int i = 0; i < size; i++) {
                    world.log.append(ChangeLogEntry.of("VOTE_CAST", 1L, "key-carl").with("n", i));
                }
                return null;
            });
        }
        assertThat(world.audit.verify().message()).isEqualTo("intact: 1203 entries");

        sql("UPDATE " + TABLE + " SET \"ENTRY_KIND\" = 'ROUND_CLOSED' WHERE \"SEQ_NO\" = ?", 1_101);

        assertThat(world.audit.verify().brokenAt()).isEqualTo(1_101);
    }

    @Test
    void anEntryIsWrittenOnlyIfItsTransactionCommits() {
        assertThatThrownBy(() -> world.tx.run(() -> {
            world.log.append(ChangeLogEntry.of("VOTE_CAST", 1L, "key-carl"));
            throw new IllegalStateException("the vote failed after its log entry");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(world.log.after(0, 10)).isEmpty();
    }

    @Test
    void appendsFromManyThreadsAtOnceNeverForkTheChain() throws Exception {
        // AO's HSQLDB provider serialises inserts behind a JVM lock that can deadlock against HSQLDB's row
        // locks; Jira never runs on HSQLDB, so races are proven on PostgreSQL.
        assumeTrue(database().kind() == TestDatabaseKind.POSTGRESQL, "races are checked on PostgreSQL");
        int threads = 8;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long issue = t;
                writers.add(() -> {
                    for (int i = 0; i < each; i++) {
                        world.tx.run(() -> world.log.append(ChangeLogEntry.of("VOTE_CAST", issue, "key-carl")));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(world.log.after(0, 1_000)).extracting(AuditEntry::seqNo).hasSize(threads * each).doesNotHaveDuplicates();
        assertThat(world.audit.verify().message()).isEqualTo("intact: " + threads * each + " entries");
    }

    @Test
    void onlyChangeManagersAndAdministratorsVerify() {
        world.as(world.carl);

        assertThatThrownBy(() -> world.audit.verify()).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only a change manager or a relman administrator may verify the change log.");
    }
}
