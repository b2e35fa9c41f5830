package org.relman.host.ao;

import net.java.ao.DBParam;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** executeInTransaction: one transaction, commit on return, rollback on throw, nested calls join. */
abstract class TransactionContract extends FacadeFixture {

    @Test
    void commitsWhenTheCallbackReturns() {
        Integer id = ao.executeInTransaction(() -> {
            ChangeRequest request = newChangeRequest("in transaction");
            request.setState("DRAFT");
            request.save();
            return request.getID();
        });
        assertThat(database.countRows(CHANGE_REQUEST_TABLE)).isEqualTo(1);
        assertThat(ao.get(ChangeRequest.class, id).getState()).isEqualTo("DRAFT");
    }

    @Test
    void rollsBackEverythingAndRethrowsTheSameExceptionWhenTheCallbackThrows() {
        ChangeRequest existing = newChangeRequest("existing");
        existing.setState("DRAFT");
        existing.save();
        IllegalStateException failure = new IllegalStateException("gate refused");

        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            newChangeRequest("doomed 1");
            ao.create(Vote.class, new DBParam("VOTER", "bob"));
            ChangeRequest loaded = ao.get(ChangeRequest.class, existing.getID());
            loaded.setState("APPROVED");
            loaded.save();
            ao.deleteWithSQL(ChangeRequest.class, "TITLE = ?", "existing");
            throw failure;
        })).isSameAs(failure);

        assertThat(database.countRows(CHANGE_REQUEST_TABLE)).isEqualTo(1);
        assertThat(database.countRows(VOTE_TABLE)).isZero();
        assertThat(ao.get(ChangeRequest.class, existing.getID()).getState()).isEqualTo("DRAFT");
    }

    @Test
    void uncommittedWorkIsInvisibleToOtherConnectionsUntilCommit() {
        int seenFromOutside = ao.executeInTransaction(() -> {
            newChangeRequest("pending");
            return database.countRows(CHANGE_REQUEST_TABLE);
        });
        assertThat(seenFromOutside).isZero();
        assertThat(database.countRows(CHANGE_REQUEST_TABLE)).isEqualTo(1);
    }

    @Test
    void entityManagerConnectionsInsideACallbackAreTheTransactionsOwn() {
        boolean autoCommitInside = ao.executeInTransaction(() -> autoCommitOfEntityManagerConnection());
        assertThat(autoCommitInside).isFalse();
        assertThat(autoCommitOfEntityManagerConnection()).isTrue();
    }

    @Test
    void concurrentTransactionsOnTwoThreadsStayApart() throws Exception {
        CountDownLatch bothOpen = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> committing = threads.submit(() -> ao.executeInTransaction(() -> {
                newChangeRequest("committed");
                awaitQuietly(bothOpen);
                return null;
            }));
            Future<?> rollingBack = threads.submit(() -> ao.executeInTransaction(() -> {
                newChangeRequest("rolled back");
                awaitQuietly(bothOpen);
                throw new IllegalStateException("refused");
            }));
            committing.get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> rollingBack.get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(IllegalStateException.class);
        } finally {
            threads.shutdownNow();
        }
        assertThat(ao.find(ChangeRequest.class)).extracting(ChangeRequest::getTitle).containsExactly("committed");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        latch.countDown();
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other transaction never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void nestedCallJoinsTheOuterTransaction() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            newChangeRequest("outer");
            int seenInside = ao.executeInTransaction(() -> {
                newChangeRequest("inner");
                return ao.count(ChangeRequest.class);
            });
            assertThat(seenInside).isEqualTo(2);
            throw new IllegalArgumentException("outer fails after inner returned");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(database.countRows(CHANGE_REQUEST_TABLE)).isZero();

        ao.executeInTransaction(() -> {
            newChangeRequest("outer");
            return ao.executeInTransaction(() -> newChangeRequest("inner"));
        });
        assertThat(database.countRows(CHANGE_REQUEST_TABLE)).isEqualTo(2);
    }

    @Test
    void nestedFailureSwallowedByTheOuterCallbackStillRollsBackEverything() {
        RuntimeException inner = new RuntimeException("inner refused");
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            newChangeRequest("outer");
            try {
                ao.executeInTransaction(() -> {
                    newChangeRequest("inner");
                    throw inner;
                });
            } catch (RuntimeException swallowed) {
                // the outer callback carries on as if nothing happened
            }
            return null;
        })).isInstanceOf(IllegalStateException.class).hasCause(inner);
        assertThat(database.countRows(CHANGE_REQUEST_TABLE)).isZero();
    }

    private boolean autoCommitOfEntityManagerConnection() {
        try (Connection connection = ao.entityManager().getProvider().getConnection()) {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
