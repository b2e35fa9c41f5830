package org.relman.change.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.change.app.ChangeTransaction;
import org.relman.platform.domain.ConflictException;

/**
 * Runs change management's work in one Active Objects transaction, and again when the database says another
 * transaction got there first: a unique key taken (SQLSTATE class 23: the change log's sequence number, a
 * ballot, a round number), a serialization failure or a deadlock (class 40). Each attempt starts from
 * scratch, so it reads what the winner committed. After {@value #ATTEMPTS} attempts the caller is told to
 * try again.
 */
@Named
class AoChangeTransaction implements ChangeTransaction {
    static final int ATTEMPTS = 25;

    private final ActiveObjects ao;

    @Inject
    AoChangeTransaction(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T run(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ao.executeInTransaction(work::get);
            } catch (RuntimeException e) {
                if (!lostARace(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new ConflictException("request", "The change log was busy; nothing was saved. Please try again.");
                }
                pause(attempt);
            }
        }
    }

    /** Whether the failure is the database refusing a race loser, rather than a fault a retry would repeat. */
    static boolean lostARace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    String state = next.getSQLState();
                    if (state != null && (state.startsWith("23") || state.startsWith("40"))) {
                        return true;
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2L + Math.min(attempt, 10) * 3L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("request", "Interrupted while retrying; nothing was saved.");
        }
    }
}
