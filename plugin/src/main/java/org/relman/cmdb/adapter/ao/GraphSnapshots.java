package org.relman.cmdb.adapter.ao;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.cmdb.domain.CiStatus;
import org.relman.cmdb.domain.CiSummary;
import org.relman.cmdb.domain.GraphSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's snapshot of the relationship graph ({@link GraphSnapshot}), validated against the database on every
 * walk: a walk first reads the graph's generation ({@link CmdbGraphGenAO}) in its own transaction and uses the
 * snapshot only if it was read at exactly that generation; otherwise it walks the database, and this class rebuilds
 * the snapshot in the background.
 *
 * <p>Cluster: the snapshot is a cache no other node ever needs. Correctness comes from the generation in the
 * database, which every relationship write and CI edit raises in its own transaction, so no node serves a walk from a
 * graph older than the one the database shows it; nothing is sent between nodes.
 *
 * <p>A rebuild reads the generation, every relationship and every CI's key, name, type, environment and status in one
 * statement (one database snapshot, on every database), in one read-only transaction. Writes that change any of
 * these raise the generation (see {@link GraphGeneration}); a CI created since has no relationships yet, and a walk
 * from it reads its summary from the database. At most one rebuild runs at a time per node, on a daemon thread that ends
 * when idle and is stopped when the plugin stops. Above {@value #MAX_RELATIONSHIPS} relationships or
 * {@value #MAX_CIS} CIs no snapshot is built (about 33 bytes a relationship, and 70 MB measured for 1,000,000
 * relationships and 200,000 CIs with their summaries), and walks stay on the database.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class GraphSnapshots implements LifecycleAware {
    /**
     * The most relationships a snapshot holds: at 2,000,000, about 65 MB of heap for them. Above it, or above
     * {@value #MAX_CIS} CIs (about 180 bytes each with their summaries), walks stay on the database, which still
     * answers within the 200 ms: a node's heap is Jira's first, and a snapshot only saves time.
     */
    static final int MAX_RELATIONSHIPS = 2_000_000;
    static final int MAX_CIS = 500_000;
    private static final int FETCH_SIZE = 10_000;
    private static final long UNKNOWN = Long.MIN_VALUE;
    private static final Logger LOG = LoggerFactory.getLogger(GraphSnapshots.class);

    private final TransactionalExecutorFactory database;
    private final Executor rebuilds;
    private final AtomicBoolean building = new AtomicBoolean();
    private final LongAdder walksServed = new LongAdder();
    private volatile GraphSnapshot current;
    private volatile long tooLargeAt = UNKNOWN;
    private volatile boolean stopped;

    @Inject
    public GraphSnapshots(@ComponentImport TransactionalExecutorFactory database) {
        this(database, daemonThread());
    }

    /** {@code rebuilds} runs background rebuilds; tests pass one that runs them when told. */
    GraphSnapshots(TransactionalExecutorFactory database, Executor rebuilds) {
        this.database = database;
        this.rebuilds = rebuilds;
    }

    private static ExecutorService daemonThread() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "relman-cmdb-graph-snapshot");
            thread.setDaemon(true);
            return thread;
        });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /** The snapshot if it was read at {@code generation}, else null. */
    GraphSnapshot at(long generation) {
        GraphSnapshot snapshot = current;
        return snapshot != null && snapshot.generation() == generation ? snapshot : null;
    }

    /** The snapshot for a walk that read {@code generation}, counted as served; null if it was read at another one. */
    GraphSnapshot forWalkAt(long generation) {
        GraphSnapshot snapshot = at(generation);
        if (snapshot != null) {
            walksServed.increment();
        }
        return snapshot;
    }

    /** How many walks this node's snapshots answered (for tests and benchmarks to tell which path ran). */
    long walksServed() {
        return walksServed.sum();
    }

    /** Starts a rebuild in the background unless the snapshot is at {@code generation}, one is running, or it would be too large. */
    void refreshUnlessAt(long generation) {
        if (stopped || at(generation) != null || tooLargeAt == generation || !building.compareAndSet(false, true)) {
            return;
        }
        try {
            rebuilds.execute(() -> {
                try {
                    rebuild();
                } catch (RuntimeException e) {
                    LOG.warn("relman could not build the CMDB graph snapshot; impact analysis reads the database: {}", e.toString());
                } finally {
                    building.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            building.set(false);
        }
    }

    /** Reads the whole graph now, in this thread, and keeps it; null above {@value #MAX_RELATIONSHIPS} relationships or {@value #MAX_CIS} CIs. */
    GraphSnapshot rebuild() {
        long started = System.nanoTime();
        GraphSnapshot.Builder builder = new GraphSnapshot.Builder();
        long generation = database.createExecutor(true, true).execute(connection -> {
            try {
                CmdbTables tables = CmdbTables.on(connection);
                try (PreparedStatement statement = connection.prepareStatement(everything(tables))) {
                    statement.setFetchSize(FETCH_SIZE);
                    return read(statement, builder);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not read the CMDB's relationships: " + e.getMessage(), e);
            }
        });
        if (tooLarge(builder)) {
            tooLargeAt = generation;
            LOG.warn("relman keeps no CMDB graph snapshot: more than {} relationships or {} CIs; impact analysis reads the database",
                    MAX_RELATIONSHIPS, MAX_CIS);
            return null;
        }
        GraphSnapshot snapshot = builder.build(generation);
        if (!stopped) {
            current = snapshot;
        }
        LOG.info("relman built the CMDB graph snapshot at generation {}: {} CIs, {} relationships, {} MB, in {} ms", generation,
                snapshot.ciCount(), snapshot.relationshipCount(), snapshot.heapBytes() / (1024 * 1024),
                (System.nanoTime() - started) / 1_000_000);
        return snapshot;
    }

    /**
     * The generation, every relationship and every CI's summary in one statement, so all come from the same database
     * snapshot: rows of kind 0 (the generation), 1 (a relationship) and 2 (a CI).
     */
    private static String everything(CmdbTables tables) {
        String noText = ", " + String.join(", ", Collections.nCopies(5, "CAST(NULL AS VARCHAR(255))"));
        return "SELECT 0, " + tables.q(CmdbGraphGenAO.GEN) + ", 0, 0, 0" + noText + GraphGeneration.fromTheRow(tables)
                + " UNION ALL SELECT 1, " + tables.cols("ID", "SOURCE_ID", "TARGET_ID", "REL_TYPE_ID") + noText + " FROM "
                + tables.table(CmdbTables.RELATION)
                + " UNION ALL SELECT 2, " + tables.q("ID") + ", 0, 0, 0, " + tables.cols("CI_KEY", "NAME", "CI_TYPE", "ENVIRONMENT", "STATUS")
                + " FROM " + tables.table(CmdbTables.ITEM);
    }

    /** Fills {@code builder} (stopping past the cap) and returns the generation read. */
    private static long read(PreparedStatement statement, GraphSnapshot.Builder builder) throws SQLException {
        long generation = GraphGeneration.NONE;
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                switch (rows.getInt(1)) {
                    case 0 -> generation = rows.getLong(2);
                    case 1 -> builder.add(rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5));
                    default -> builder.add(rows.getLong(2), new CiSummary(rows.getString(6), rows.getString(7), rows.getString(8),
                            rows.getString(9), CiStatus.valueOf(rows.getString(10))));
                }
                if (tooLarge(builder)) {
                    break;
                }
            }
        }
        return generation;
    }

    private static boolean tooLarge(GraphSnapshot.Builder builder) {
        return builder.size() > MAX_RELATIONSHIPS || builder.ciCount() > MAX_CIS;
    }

    @Override
    public void onStart() {
    }

    /** Plugin disabled or Jira stopping: no more rebuilds, and the snapshot is let go. */
    @Override
    public void onStop() {
        stopped = true;
        current = null;
        if (rebuilds instanceof ExecutorService executor) {
            executor.shutdownNow();
        }
    }
}
