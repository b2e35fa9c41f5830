package org.relman.cmdb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The CSR snapshot: what it holds, the steps it gives each way, and walks identical to a walk over a list of steps. */
class GraphSnapshotTest {

    /** Relationships {id, source, target, type}: APP-1 (1) depends on DB-1 (2) and runs on SRV-1 (3); APP-2 (4) on DB-1. */
    private static GraphSnapshot small() {
        return new GraphSnapshot.Builder().add(10, 1, 2, 100).add(11, 1, 3, 101).add(12, 4, 2, 100).build(7);
    }

    private static List<ImpactTraversal.Step> steps(GraphSnapshot snapshot, ImpactDirection direction, long... frontier) {
        Steps into = new Steps();
        snapshot.reader(direction).read(frontier, 0, frontier.length, into);
        List<ImpactTraversal.Step> steps = new ArrayList<>();
        for (int i = 0; i < into.size(); i++) {
            steps.add(into.step(i));
        }
        return steps;
    }

    @Test
    void holdsEveryRelationshipOnceWithItsGenerationAndSize() {
        GraphSnapshot snapshot = small();

        assertThat(snapshot.generation()).isEqualTo(7);
        assertThat(snapshot.relationshipCount()).isEqualTo(3);
        assertThat(snapshot.ciCount()).isEqualTo(4);
        assertThat(snapshot.heapBytes()).as("at least the int columns and both adjacencies").isGreaterThanOrEqualTo(4L * 3 * 6);
    }

    @Test
    void downstreamStepsGoFromATargetToTheCisThatRelyOnIt() {
        assertThat(steps(small(), ImpactDirection.DOWNSTREAM, 2)).containsExactly(
                new ImpactTraversal.Step(10, 2, 1, 100), new ImpactTraversal.Step(12, 2, 4, 100));
        assertThat(steps(small(), ImpactDirection.DOWNSTREAM, 1)).as("nothing relies on APP-1").isEmpty();
    }

    @Test
    void upstreamStepsGoFromASourceToWhatItReliesOn() {
        assertThat(steps(small(), ImpactDirection.UPSTREAM, 1, 4)).containsExactly(
                new ImpactTraversal.Step(10, 1, 2, 100), new ImpactTraversal.Step(11, 1, 3, 101), new ImpactTraversal.Step(12, 4, 2, 100));
    }

    @Test
    void aCiWithoutRelationshipsGivesNoSteps() {
        assertThat(steps(small(), ImpactDirection.UPSTREAM, 99)).isEmpty();
        assertThat(steps(new GraphSnapshot.Builder().build(0), ImpactDirection.DOWNSTREAM, 1)).isEmpty();
    }

    @Test
    void holdsTheSummariesOfCisWithOrWithoutRelationships() {
        CiSummary db = new CiSummary("DB-1", "Orders DB", "database", "production", CiStatus.ACTIVE);
        CiSummary spare = new CiSummary("SRV-9", "Spare", "server", "production", CiStatus.PLANNED);
        GraphSnapshot snapshot = new GraphSnapshot.Builder().add(10, 1, 2, 100).add(2, db).add(9, spare).build(1);

        assertThat(snapshot.summary(2)).isEqualTo(db);
        assertThat(snapshot.summary(9)).isEqualTo(spare);
        assertThat(snapshot.summary(1)).as("a CI read without its summary").isNull();
        assertThat(snapshot.summary(42)).as("a CI created after the snapshot").isNull();
        assertThat(steps(snapshot, ImpactDirection.DOWNSTREAM, 2)).containsExactly(new ImpactTraversal.Step(10, 2, 1, 100));
    }

    @Test
    void readsOnlyTheAskedSliceOfTheFrontier() {
        Steps into = new Steps();
        small().reader(ImpactDirection.UPSTREAM).read(new long[] {4, 1, 4}, 1, 2, into);

        assertThat(into.size()).isEqualTo(2);
    }

    @Test
    void walksExactlyAsAWalkOverTheSameRelationshipsListedStepByStep() {
        Random random = new Random(11);
        GraphSnapshot.Builder builder = new GraphSnapshot.Builder();
        List<long[]> relationships = new ArrayList<>();
        for (int id = 1; id <= 3000; id++) {
            long source = random.nextInt(600);
            long target = random.nextInt(10) == 0 ? random.nextInt(600) : Math.min(599, source + 1 + random.nextInt(20));
            relationships.add(new long[] {id, source, target, random.nextInt(4)});
        }
        java.util.Collections.shuffle(relationships, random);
        relationships.forEach(r -> builder.add(r[0], r[1], r[2], r[3]));
        GraphSnapshot snapshot = builder.build(1);

        for (ImpactDirection direction : ImpactDirection.values()) {
            boolean down = direction == ImpactDirection.DOWNSTREAM;
            ImpactTraversal.Neighbours listed = frontier -> relationships.stream()
                    .filter(r -> frontier.contains(down ? r[2] : r[1]))
                    .map(r -> new ImpactTraversal.Step(r[0], down ? r[2] : r[1], down ? r[1] : r[2], r[3])).toList();
            for (int limit : new int[] {1, 50, 5000}) {
                List<Long> start = List.of(590L, 300L, 7L);
                ImpactTraversal.Walk expected = ImpactTraversal.walk(start, 10, limit, listed);
                ImpactTraversal.Walk walked = ImpactTraversal.walk(start, 10, limit, snapshot.reader(direction));

                assertThat(walked.reached()).as(direction + " limit " + limit).isEqualTo(expected.reached());
                assertThat(walked.steps()).isEqualTo(expected.steps());
                assertThat(walked.truncated()).isEqualTo(expected.truncated());
            }
        }
    }
}
