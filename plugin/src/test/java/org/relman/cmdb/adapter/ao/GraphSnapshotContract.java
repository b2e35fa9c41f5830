package org.relman.cmdb.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.cmdb.domain.CiEdit;
import org.relman.cmdb.domain.ImpactQuery;
import org.relman.cmdb.domain.ImpactReport;
import org.relman.cmdb.domain.NewRelationship;
import org.relman.cmdb.domain.imports.ItemRow;
import org.relman.cmdb.domain.imports.RelationshipRow;
import org.relman.testkit.db.OnDatabase;

/**
 * Impact analysis from a node's in-memory graph snapshot, on both databases: it answers exactly as the database walk
 * does, and after any relationship write, on any node, the next walk answers from the database's current state.
 * Rebuilds are queued and run when a test says so, so a test can walk while a snapshot is stale.
 */
abstract class GraphSnapshotContract implements OnDatabase {
    private static final String[] TYPES = {"depends-on", "runs-on", "part-of", "connected-to"};
    private static final int CIS = 120;

    private CmdbTestDatabase cmdb;
    private JdbcCmdbGraph databaseWalk;
    private Node node;

    /** One Jira node: its snapshot cache, the rebuilds it queued, and its graph. */
    private final class Node {
        final List<Runnable> queued = new ArrayList<>();
        final GraphSnapshots snapshots = new GraphSnapshots(cmdb.sql, queued::add);
        final JdbcCmdbGraph graph = new JdbcCmdbGraph(cmdb.sql, false, snapshots);

        Node built() {
            snapshots.rebuild();
            return this;
        }

        void runQueuedRebuilds() {
            List<Runnable> now = List.copyOf(queued);
            queued.clear();
            now.forEach(Runnable::run);
        }

        ImpactReport walk(ImpactQuery query) {
            return graph.walk(query);
        }

        /** Walks and says whether the snapshot answered. */
        boolean servedFromSnapshot(ImpactQuery query) {
            long before = snapshots.walksServed();
            graph.walk(query);
            return snapshots.walksServed() > before;
        }
    }

    @BeforeEach
    void buildCmdb() {
        cmdb = new CmdbTestDatabase(database());
        cmdb.types.relationshipTypes();
        List<ItemRow> items = new ArrayList<>();
        for (int i = 0; i < CIS; i++) {
            items.add(new ItemRow(i + 2, key(i), new CiEdit("CI " + i, "application", null, null, null, null, null, false)));
        }
        List<RelationshipRow> relationships = new ArrayList<>();
        Random random = new Random(4);
        for (int i = 0; i < 400; i++) {
            int source = random.nextInt(CIS);
            // mostly towards higher numbers (layers), one in ten back up, which makes cycles
            int target = random.nextInt(10) == 0 ? random.nextInt(CIS) : Math.min(CIS - 1, source + 1 + random.nextInt(12));
            if (source != target) {
                relationships.add(new RelationshipRow(i + 2, new NewRelationship(key(source), key(target), TYPES[random.nextInt(4)])));
            }
        }
        JdbcBulkWriter writer = new JdbcBulkWriter(cmdb.sql);
        writer.writeItems(items.iterator(), CmdbTestDatabase.CONNIE, null, written -> { });
        writer.writeRelationships(relationships.iterator(), CmdbTestDatabase.CONNIE, null, written -> { });
        databaseWalk = new JdbcCmdbGraph(cmdb.sql);
        node = new Node().built();
    }

    private static String key(int i) {
        return "CI-" + i;
    }

    private static ImpactQuery query(String direction, int depth, int limit, String... keys) {
        return ImpactQuery.validate(List.of(keys), direction, depth, limit);
    }

    private List<ImpactQuery> queries() {
        List<ImpactQuery> queries = new ArrayList<>();
        for (String direction : List.of("downstream", "upstream")) {
            for (int depth : new int[] {1, 3, 10}) {
                for (int limit : new int[] {1, 7, 40, 5000}) {
                    queries.add(query(direction, depth, limit, "CI-60"));
                    queries.add(query(direction, depth, limit, "CI-119", "CI-5", "CI-64"));
                    queries.add(query(direction, depth, limit, "CI-0", "CI-1"));
                }
            }
        }
        return queries;
    }

    @Test
    void snapshotWalkAnswersExactlyAsTheDatabaseWalkUpAndDownAtAnyDepthAndLimit() {
        for (ImpactQuery query : queries()) {
            assertThat(node.walk(query)).as(query.toString()).isEqualTo(databaseWalk.walk(query));
        }
        assertThat(node.snapshots.walksServed()).as("walks the snapshot answered").isEqualTo(queries().size());
        assertThat(node.walk(query("downstream", 10, 5000, "CI-119")).impacted()).as("a graph with depth and cycles")
                .hasSizeGreaterThan(20).anyMatch(i -> i.depth() > 3);
        assertThat(node.walk(query("downstream", 10, 5000, "CI-119")).impacted()).extracting(i -> i.path().size())
                .allMatch(size -> size >= 2);
    }

    @Test
    void addingARelationshipIsInTheNextWalkAndTheRebuiltSnapshot() {
        ImpactQuery query = query("downstream", 10, 5000, "CI-0");
        assertThat(node.walk(query).impacted()).noneMatch(i -> i.ci().key().equals("CI-119"));

        cmdb.relate("CI-119", "depends-on", "CI-0");

        assertStaleWalkIsCurrentThenSnapshotCatchesUp(query, report -> report.impacted().stream()
                .anyMatch(i -> i.ci().key().equals("CI-119") && i.depth() == 1));
    }

    @Test
    void removingARelationshipIsInTheNextWalkAndTheRebuiltSnapshot() {
        cmdb.relate("CI-119", "depends-on", "CI-0");
        node.built();
        ImpactQuery query = query("downstream", 1, 5000, "CI-0");
        assertThat(node.walk(query).impacted()).anyMatch(i -> i.ci().key().equals("CI-119"));

        assertThat(cmdb.relationships.remove(new NewRelationship("CI-119", "CI-0", "depends-on"), CmdbTestDatabase.CONNIE, null)).isTrue();

        assertStaleWalkIsCurrentThenSnapshotCatchesUp(query, report -> report.impacted().stream()
                .noneMatch(i -> i.ci().key().equals("CI-119")));
    }

    @Test
    void importingRelationshipsIsInTheNextWalkAndTheRebuiltSnapshot() {
        ImpactQuery query = query("upstream", 1, 5000, "CI-3");
        new JdbcBulkWriter(cmdb.sql).writeRelationships(List.of(
                new RelationshipRow(2, new NewRelationship("CI-3", "CI-118", "runs-on")),
                new RelationshipRow(3, new NewRelationship("CI-3", "CI-117", "part-of"))).iterator(),
                CmdbTestDatabase.CONNIE, null, written -> { });

        assertStaleWalkIsCurrentThenSnapshotCatchesUp(query, report -> report.impacted().stream()
                .filter(i -> i.ci().key().equals("CI-118") || i.ci().key().equals("CI-117")).count() == 2);
    }

    @Test
    void editingACiIsInTheNextWalkAndTheRebuiltSnapshot() {
        cmdb.relate("CI-119", "depends-on", "CI-0");
        node.built();
        ImpactQuery query = query("downstream", 1, 5000, "CI-0");

        cmdb.items.update("CI-119", current -> org.relman.cmdb.domain.NewConfigurationItem.validate(
                new CiEdit("Renamed", null, null, null, "retired", null, null, false).over("CI-119", current)),
                CmdbTestDatabase.CONNIE, null).orElseThrow();

        assertStaleWalkIsCurrentThenSnapshotCatchesUp(query, report -> report.impacted().stream()
                .anyMatch(i -> i.ci().key().equals("CI-119") && i.ci().name().equals("Renamed")
                        && i.ci().status() == org.relman.cmdb.domain.CiStatus.RETIRED));
    }

    @Test
    void aCiCreatedAfterTheSnapshotCanStartAWalk() {
        cmdb.items("NEW-1");

        ImpactReport report = node.walk(query("downstream", 3, 10, "NEW-1", "CI-0"));

        assertThat(report).isEqualTo(databaseWalk.walk(query("downstream", 3, 10, "NEW-1", "CI-0")));
        assertThat(report.changed()).extracting(org.relman.cmdb.domain.CiSummary::key).contains("NEW-1");
    }

    @Test
    void aWriteSeenThroughOneNodeIsSeenByTheOthersNextWalk() {
        Node other = new Node().built();
        ImpactQuery query = query("downstream", 10, 5000, "CI-0");
        assertThat(other.servedFromSnapshot(query)).isTrue();

        cmdb.relate("CI-100", "connected-to", "CI-0");

        assertThat(node.walk(query)).isEqualTo(databaseWalk.walk(query));
        assertThat(other.servedFromSnapshot(query)).as("the other node's snapshot is stale").isFalse();
        assertThat(other.walk(query)).isEqualTo(databaseWalk.walk(query))
                .matches(report -> report.impacted().stream().anyMatch(i -> i.ci().key().equals("CI-100")));
        other.runQueuedRebuilds();
        assertThat(other.servedFromSnapshot(query)).isTrue();
        assertThat(other.walk(query)).isEqualTo(databaseWalk.walk(query));
    }

    @Test
    void everyRelationshipWriteAndItemImportRaisesTheGeneration() {
        long before = generation();
        cmdb.relate("CI-119", "depends-on", "CI-0");
        cmdb.relationships.remove(new NewRelationship("CI-119", "CI-0", "depends-on"), CmdbTestDatabase.CONNIE, null);
        new JdbcBulkWriter(cmdb.sql).writeRelationships(List.of(new RelationshipRow(2, new NewRelationship("CI-3", "CI-118",
                "runs-on"))).iterator(), CmdbTestDatabase.CONNIE, null, written -> { });
        new JdbcBulkWriter(cmdb.sql).writeItems(List.of(new ItemRow(2, "CI-3", new CiEdit("Three", "application", null, null, null,
                null, null, false))).iterator(), CmdbTestDatabase.CONNIE, null, written -> { });

        assertThat(generation()).as("relationship add, remove, import, and an item import").isEqualTo(before + 4);
    }

    @Test
    void concurrentRelationshipWritesOnTwoNodesEachRaiseTheGeneration() throws Exception {
        long before = generation();
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> writes = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                AoRelationshipStore store = new AoRelationshipStore(cmdb.ao);
                int first = node * 10;
                writes.add(nodes.submit(() -> {
                    int added = 0;
                    for (int i = first; i < first + 10; i++) {
                        try {
                            store.add(new NewRelationship(key(i), key(119 - i), "part-of"), CmdbTestDatabase.CONNIE, null);
                            added++;
                        } catch (org.relman.platform.domain.ConflictException e) {
                            // the random graph has it already
                        }
                    }
                    return added;
                }));
            }
            int added = 0;
            for (java.util.concurrent.Future<Integer> write : writes) {
                added += write.get();
            }
            assertThat(added).isGreaterThan(15);
            assertThat(generation()).as("one generation for every committed write, none lost to a race").isEqualTo(before + added);
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void aStoppedNodeWalksTheDatabaseAndBuildsNoMore() {
        node.snapshots.onStop();
        ImpactQuery query = query("downstream", 10, 5000, "CI-0");

        assertThat(node.servedFromSnapshot(query)).isFalse();
        assertThat(node.walk(query)).isEqualTo(databaseWalk.walk(query));
        assertThat(node.queued).isEmpty();
    }

    private long generation() {
        return cmdb.sql.createExecutor(true, true).execute(connection -> {
            try {
                return GraphGeneration.read(connection, CmdbTables.on(connection));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * After a write: the next walk is not served by the stale snapshot, answers as the database does and shows the
     * change; it queued one rebuild, after which the snapshot answers again, the same way.
     */
    private void assertStaleWalkIsCurrentThenSnapshotCatchesUp(ImpactQuery query, java.util.function.Predicate<ImpactReport> change) {
        ImpactReport expected = databaseWalk.walk(query);
        assertThat(expected).matches(change, "the database walk shows the change");

        assertThat(node.servedFromSnapshot(query)).as("served from a stale snapshot").isFalse();
        assertThat(node.walk(query)).isEqualTo(expected);
        assertThat(node.queued).as("rebuilds queued while stale (one at a time)").hasSize(1);

        node.runQueuedRebuilds();

        assertThat(node.servedFromSnapshot(query)).as("served from the rebuilt snapshot").isTrue();
        assertThat(node.walk(query)).isEqualTo(expected);
    }
}
