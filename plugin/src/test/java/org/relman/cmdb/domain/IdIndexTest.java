package org.relman.cmdb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdIndexTest {

    @Test
    void numbersIdsInTheOrderFirstSeenAndKeepsThemWhenItGrows() {
        IdIndex index = new IdIndex(2);
        for (long id = 0; id < 10_000; id++) {
            assertThat(index.add(id * 1_000_003L)).isEqualTo((int) id);
        }

        assertThat(index.add(7 * 1_000_003L)).as("an id seen before keeps its number").isEqualTo(7);
        assertThat(index.size()).isEqualTo(10_000);
        assertThat(index.indexOf(9_999 * 1_000_003L)).isEqualTo(9_999);
        assertThat(index.id(1234)).isEqualTo(1234 * 1_000_003L);
        assertThat(index.indexOf(5)).as("never added").isEqualTo(-1);
    }
}
