package org.relman.cmdb.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.junit.jupiter.api.Test;

class HistoryRowsTest {
    @Test
    void aChangeNotAfterTheLastIsStampedAMillisecondAfterIt() {
        Date last = new Date(System.currentTimeMillis() + 60_000);

        assertThat(HistoryRows.after(last)).isEqualTo(new Date(last.getTime() + 1));
    }

    @Test
    void aLaterChangeIsStampedNow() {
        Date last = new Date(System.currentTimeMillis() - 60_000);
        long before = System.currentTimeMillis();

        assertThat(HistoryRows.after(last).getTime()).isBetween(before, System.currentTimeMillis());
    }
}
