package org.relman.change.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import net.java.ao.ActiveObjectsException;
import org.junit.jupiter.api.Test;

/** Which failures mean "another transaction got there first, run again" and which are real faults. */
class AoChangeTransactionTest {

    @Test
    void aUniqueViolationOrSerializationFailureIsALostRace() {
        assertThat(AoChangeTransaction.lostARace(new ActiveObjectsException("x", new SQLException("dup", "23505")))).isTrue();
        assertThat(AoChangeTransaction.lostARace(new RuntimeException(new ActiveObjectsException("x", new SQLException("s", "40001")))))
                .isTrue();
        assertThat(AoChangeTransaction.lostARace(new ActiveObjectsException("x", new SQLException("deadlock", "40P01")))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(AoChangeTransaction.lostARace(new ActiveObjectsException("x", new SQLException("too long", "22001")))).isFalse();
        assertThat(AoChangeTransaction.lostARace(new IllegalStateException("no"))).isFalse();
        assertThat(AoChangeTransaction.lostARace(new ActiveObjectsException("x", new SQLException("no state")))).isFalse();
    }
}
