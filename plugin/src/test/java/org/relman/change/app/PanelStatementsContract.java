package org.relman.change.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relman.change.adapter.ao.ChangeStores;
import org.relman.change.testing.ChangeWorld;
import org.relman.change.testing.CountingDataSource;
import org.relman.change.testing.PanelScenario;
import org.relman.host.ao.EntityManagerActiveObjects;
import org.relman.testkit.db.OnDatabase;

/**
 * Opening an RFC must not get slower as its CAB history grows: the panel's SQL statements are the same
 * for 3 votes in 1 round and for 5 closed rounds of 30 votes each (plus changed votes).
 */
abstract class PanelStatementsContract implements OnDatabase {

    @Test
    void thePanelsStatementsDoNotGrowWithVotesOrRounds() {
        database().activeObjects(ChangeStores.ENTITIES);
        CountingDataSource counting = new CountingDataSource(database().dataSource());
        ChangeWorld world = new ChangeWorld(EntityManagerActiveObjects.create(counting, "org.relman"));
        PanelScenario scenario = new PanelScenario(world, 30);
        scenario.openRound("RFC-1", 3);
        scenario.closedRounds("RFC-2", 5);

        List<String> fewVotes = statements(world, counting, "RFC-1");
        List<String> manyVotes = statements(world, counting, "RFC-2");

        assertThat(world.panel.state("RFC-2").earlierRounds()).hasSize(5)
                .allSatisfy(round -> assertThat(round.votes()).hasSize(30));
        assertThat(manyVotes).as("statements for 5 rounds of 30 votes").hasSameSizeAs(fewVotes);
        assertThat(fewVotes).as("rounds, votes, CAB, members, group minimums, deputies").hasSize(6);
    }

    private static List<String> statements(ChangeWorld world, CountingDataSource counting, String key) {
        world.as(world.cole);
        counting.start();
        PanelState state = world.panel.state(key);
        List<String> run = counting.stop();
        assertThat(state.round()).isNotNull();
        return run;
    }
}
