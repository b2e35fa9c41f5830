package org.relman.cmdb.bench;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.relman.cmdb.adapter.ao.CmdbStores;
import org.relman.cmdb.adapter.ao.GraphSnapshots;
import org.relman.cmdb.app.CmdbGraph;
import org.relman.cmdb.domain.GraphSnapshot;
import org.relman.cmdb.domain.ImpactQuery;
import org.relman.cmdb.domain.ImpactReport;
import org.relman.host.ao.EntityManagerActiveObjects;
import org.relman.host.rdbms.DataSourceTransactionalExecutorFactory;
import org.relman.testkit.db.TestDatabase;
import org.relman.testkit.db.TestDatabaseKind;

/**
 * Impact analysis on a CMDB of 200,000 CIs and 1,000,000 relationships in PostgreSQL: downstream to depth 10,
 * up to 5,000 CIs, from 50 random CIs; median and p95 of relman's level-by-level walk through the database and of
 * its walk over the node's graph snapshot (built once before timing, warm) against the straightforward
 * walk that asks the database once per CI, in the same run on the same data (two forms of it: a reused JDBC
 * prepared statement, and Active Objects' find as plain AO code would do it).
 * <pre>mvn -f plugin/pom.xml test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.relman.cmdb.bench.CmdbImpactBenchmark</pre>
 * {@code -Dcis=}, {@code -Drelationships=}, {@code -Dqueries=} and {@code -DbaselineQueries=} change the sizes;
 * {@code -Dlatency.ms=0.25} puts a {@link LatencyRelay} between JDBC and PostgreSQL that adds that delay each way
 * (a LAN, where a round trip per CI costs what it costs in a Jira data center). The table is printed with the
 * measured round trip, the server's version and the load average.
 */
public final class CmdbImpactBenchmark {
    private static final int DEPTH = 10;
    private static final int LIMIT = 5000;
    private static final int SNAPSHOT_WARM_UP = 100;

    private CmdbImpactBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cis = Integer.getInteger("cis", 200_000);
        int relationships = Integer.getInteger("relationships", 1_000_000);
        int queries = Integer.getInteger("queries", 50);
        int baselineQueries = Integer.getInteger("baselineQueries", 10);
        double latencyMs = Double.parseDouble(System.getProperty("latency.ms", "0"));
        try (TestDatabase database = TestDatabase.open(TestDatabaseKind.POSTGRESQL)) {
            EntityManagerActiveObjects ao = database.activeObjects(CmdbStores.ENTITIES);
            CmdbStores.types(ao).relationshipTypes();
            long loadStart = System.nanoTime();
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl()
                    + (database.jdbcUrl().contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", database.username(), database.password())) {
                LayeredCmdb.load(connection, cis, relationships, new Random(42));
                try (Statement vacuum = connection.createStatement()) {
                    // as a database looks after autovacuum has run: statistics, and a visibility map that lets
                    // index-only scans skip the heap (a plain ANALYZE leaves every page unmarked after a bulk load)
                    vacuum.execute("VACUUM ANALYZE");
                }
            }
            System.out.printf("loaded %,d CIs and %,d relationships in %.0f s (then VACUUM ANALYZE)%n", cis, relationships,
                    (System.nanoTime() - loadStart) / 1e9);

            try (LatencyRelay relay = latencyMs > 0 ? relayTo(database.jdbcUrl(), latencyMs) : null;
                 HikariDataSource pool = pool(database, relay);
                 EntityManagerActiveObjects aoOverLink = EntityManagerActiveObjects.create(pool, "org.relman")) {
                Link link = Link.measure(pool, latencyMs);
                run(cis, queries, baselineQueries, pool, aoOverLink, link);
            }
        }
    }

    /** The link between the benchmark and PostgreSQL: the delay added each way, the measured round trip, the server. */
    private record Link(double addedMs, double rttMs, String server) {
        static Link measure(DataSource pool, double addedMs) throws SQLException {
            List<Double> rtt = new ArrayList<>();
            String server;
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery("SHOW server_version")) {
                    rows.next();
                    server = "PostgreSQL " + rows.getString(1);
                }
                for (int i = 0; i < 220; i++) {
                    long t = System.nanoTime();
                    try (ResultSet rows = statement.executeQuery("SELECT 1")) {
                        rows.next();
                    }
                    if (i >= 20) {
                        rtt.add((System.nanoTime() - t) / 1e6);
                    }
                }
            }
            return new Link(addedMs, percentile(rtt, 50), server);
        }
    }

    private static void run(int cis, int queries, int baselineQueries, DataSource pool, EntityManagerActiveObjects ao, Link link)
            throws SQLException {
        TransactionalExecutorFactory sql = new DataSourceTransactionalExecutorFactory(pool);
        CmdbGraph graph = CmdbStores.graph(sql);
        CmdbGraph customPlans = CmdbStores.graph(sql, true);
        Random random = new Random(7);
        List<String> starts = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            starts.add(LayeredCmdb.key(random.nextInt(cis)));
        }
        for (int i = 0; i < 10; i++) {
            // warm up the JIT, the connection pool and the database's caches, on CIs the timed walks do not start from
            String warmUp = LayeredCmdb.key(random.nextInt(cis));
            graph.walk(query(warmUp));
            customPlans.walk(query(warmUp));
        }
        double loadBefore = loadAverage();
        List<Double> walkMs = new ArrayList<>();
        List<Double> customMs = new ArrayList<>();
        List<Integer> found = new ArrayList<>();
        int truncated = 0;
        for (String start : starts) {
            long t = System.nanoTime();
            ImpactReport report = graph.walk(query(start));
            walkMs.add((System.nanoTime() - t) / 1e6);
            found.add(report.impacted().size());
            truncated += report.truncated() ? 1 : 0;
            t = System.nanoTime();
            int custom = customPlans.walk(query(start)).impacted().size();
            customMs.add((System.nanoTime() - t) / 1e6);
            if (custom != report.impacted().size()) {
                throw new IllegalStateException("custom plans reached " + custom + " CIs where the walk reached " + report.impacted().size());
            }
        }
        Snapshot snapshot = Snapshot.build(sql);
        // the in-memory walk is all Java: the JIT needs about a hundred walks before it settles, as a node in use has had
        for (int i = 0; i < SNAPSHOT_WARM_UP; i++) {
            snapshot.graph().walk(query(LayeredCmdb.key(random.nextInt(cis))));
        }
        List<Double> snapshotMs = new ArrayList<>();
        long servedBefore = CmdbStores.walksServed(snapshot.snapshots());
        List<ImpactReport> snapshotReports = new ArrayList<>();
        for (String start : starts) {
            long t = System.nanoTime();
            snapshotReports.add(snapshot.graph().walk(query(start)));
            snapshotMs.add((System.nanoTime() - t) / 1e6);
        }
        for (int i = 0; i < starts.size(); i++) {
            // checked after timing, so that no database walk runs between two timed snapshot walks
            if (!snapshotReports.get(i).equals(graph.walk(query(starts.get(i))))) {
                throw new IllegalStateException("the snapshot walk from " + starts.get(i) + " answered differently from the database walk");
            }
        }
        if (CmdbStores.walksServed(snapshot.snapshots()) - servedBefore != starts.size()) {
            throw new IllegalStateException("not every snapshot walk was answered from the snapshot");
        }
        List<Double> summariesMs = summariesAlone(pool, snapshot.graph(), starts);
        PerCiBaseline perCi = new PerCiBaseline(pool, ao);
        for (int i = 0; i < 2; i++) {
            String warmUp = LayeredCmdb.key(random.nextInt(cis));
            perCi.jdbc(warmUp, DEPTH, LIMIT);
            perCi.activeObjects(warmUp, DEPTH, LIMIT);
        }
        List<Double> jdbcMs = new ArrayList<>();
        List<Double> aoMs = new ArrayList<>();
        List<Double> sameStartsMs = new ArrayList<>();
        List<Double> snapshotSameStartsMs = new ArrayList<>();
        for (int i = 0; i < Math.min(baselineQueries, starts.size()); i++) {
            String start = starts.get(i);
            int expected = found.get(i);
            sameStartsMs.add(walkMs.get(i));
            snapshotSameStartsMs.add(snapshotMs.get(i));
            jdbcMs.add(timed(() -> perCi.jdbc(start, DEPTH, LIMIT), expected));
            aoMs.add(timed(() -> perCi.activeObjects(start, DEPTH, LIMIT), expected));
        }
        System.out.printf("%n%s; %s; %d cores; load average %.2f before timing, %.2f after%n", link.server(),
                link.addedMs() > 0 ? String.format("relay adding %.2f ms each way, measured round trip %.3f ms", link.addedMs(), link.rttMs())
                        : String.format("loopback, measured round trip %.3f ms", link.rttMs()),
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage());
        System.out.printf("%ngraph snapshot: built in %.0f ms (%,d CIs, %,d relationships); heap %.1f MB from its array lengths, "
                        + "%.1f MB measured (used heap after GC, before and after the build)%n", snapshot.buildMs(),
                snapshot.cis(), snapshot.relationships(), snapshot.arrayBytes() / 1048576.0, snapshot.measuredBytes() / 1048576.0);
        print(cis, walkMs, customMs, found, truncated, sameStartsMs, jdbcMs, aoMs);
        printSnapshot(walkMs, snapshotMs, sameStartsMs, snapshotSameStartsMs, jdbcMs, aoMs);
        System.out.printf("the query for the keys and names of the CIs reached (the database walk's last; the snapshot holds them), "
                        + "alone: median %.1f ms, p95 %.1f ms%n",
                percentile(summariesMs, 50), percentile(summariesMs, 95));
    }

    /**
     * What the query for the keys and names of the CIs a walk reached costs alone: the statement the database walk
     * sends last ({@code ID = ANY(?)}) and the snapshot walk saves, with the ids of each walk's answer.
     */
    private static List<Double> summariesAlone(DataSource pool, CmdbGraph graph, List<String> starts) throws SQLException {
        List<Double> ms = new ArrayList<>();
        String item = "\"" + CmdbStores.ITEM_TABLE + "\"";
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            for (String start : starts) {
                ImpactReport report = graph.walk(query(start));
                List<String> keys = new ArrayList<>();
                report.changed().forEach(ci -> keys.add(ci.key()));
                report.impacted().forEach(ci -> keys.add(ci.ci().key()));
                Object ids;
                try (java.sql.PreparedStatement select = connection.prepareStatement("SELECT array_agg(\"ID\") FROM " + item
                        + " WHERE \"CI_KEY\" = ANY (?)")) {
                    select.setArray(1, connection.createArrayOf("varchar", keys.toArray()));
                    try (ResultSet rows = select.executeQuery()) {
                        rows.next();
                        ids = rows.getArray(1).getArray();
                    }
                }
                connection.commit();
                long t = System.nanoTime();
                try (java.sql.PreparedStatement select = connection.prepareStatement("SELECT \"ID\", \"CI_KEY\", \"NAME\", "
                        + "\"CI_TYPE\", \"ENVIRONMENT\", \"STATUS\" FROM " + item + " WHERE \"ID\" = ANY (?)")) {
                    select.setObject(1, ids);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            rows.getString(2);
                        }
                    }
                }
                connection.commit();
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        return ms;
    }

    /** The snapshot walk's graph, built once before timing, with what building it cost. */
    private record Snapshot(GraphSnapshots snapshots, CmdbGraph graph, double buildMs, int cis, int relationships, long arrayBytes,
                            long measuredBytes) {
        static Snapshot build(TransactionalExecutorFactory sql) {
            GraphSnapshots snapshots = CmdbStores.snapshots(sql);
            long before = usedHeapAfterGc();
            long t = System.nanoTime();
            GraphSnapshot built = CmdbStores.buildSnapshot(snapshots);
            double ms = (System.nanoTime() - t) / 1e6;
            long after = usedHeapAfterGc();
            return new Snapshot(snapshots, CmdbStores.graph(sql, snapshots), ms, built.ciCount(), built.relationshipCount(),
                    built.heapBytes(), after - before);
        }

        private static long usedHeapAfterGc() {
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            Runtime runtime = Runtime.getRuntime();
            return runtime.totalMemory() - runtime.freeMemory();
        }
    }

    private static void printSnapshot(List<Double> walkMs, List<Double> snapshotMs, List<Double> sameStarts, List<Double> snapshotSameStarts,
                                      List<Double> jdbcMs, List<Double> aoMs) {
        System.out.println();
        System.out.println("| walk | walks | median | p95 | max |");
        System.out.println("|---|---|---|---|---|");
        row("relman, database walk", walkMs);
        row("relman, snapshot walk (warm)", snapshotMs);
        row("relman, database walk, on the baselines' start CIs", sameStarts);
        row("relman, snapshot walk, on the baselines' start CIs", snapshotSameStarts);
        row("one JDBC query per CI", jdbcMs);
        row("one Active Objects find per CI", aoMs);
        System.out.printf("%nsnapshot walk speed-up on the same start CIs (median / p95): %.0f× / %.0f× against one JDBC query per CI, "
                        + "%.0f× / %.0f× against AO find per CI; %.1f× / %.1f× against the database walk (all %d starts)%n",
                ratio(jdbcMs, snapshotSameStarts, 50), ratio(jdbcMs, snapshotSameStarts, 95), ratio(aoMs, snapshotSameStarts, 50),
                ratio(aoMs, snapshotSameStarts, 95), ratio(walkMs, snapshotMs, 50), ratio(walkMs, snapshotMs, 95), walkMs.size());
        System.out.printf("target with the snapshot: p95 < 200 ms -> %s; >= 20x faster than one JDBC query per CI (median and p95) -> %s%n",
                percentile(snapshotMs, 95) < 200 ? "met" : "NOT met",
                ratio(jdbcMs, snapshotSameStarts, 50) >= 20 && ratio(jdbcMs, snapshotSameStarts, 95) >= 20 ? "met" : "NOT met");
    }

    private static void row(String walk, List<Double> ms) {
        System.out.printf("| %s | %d | %.1f ms | %.1f ms | %.1f ms |%n", walk, ms.size(), percentile(ms, 50), percentile(ms, 95),
                percentile(ms, 100));
    }

    private static double ratio(List<Double> slow, List<Double> fast, double p) {
        return percentile(slow, p) / percentile(fast, p);
    }

    private static LatencyRelay relayTo(String jdbcUrl, double latencyMs) throws IOException {
        Matcher url = POSTGRES_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("cannot relay to " + jdbcUrl);
        }
        return new LatencyRelay(url.group(2), Integer.parseInt(url.group(3)), latencyMs);
    }

    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://)([^/:]+):(\\d+)(/.*)");

    /** A pool of four connections, as the test database's, straight to PostgreSQL or through the relay. */
    private static HikariDataSource pool(TestDatabase database, LatencyRelay relay) {
        String url = database.jdbcUrl();
        if (relay != null) {
            Matcher parts = POSTGRES_URL.matcher(url);
            parts.matches();
            url = parts.group(1) + "127.0.0.1:" + relay.port() + parts.group(4);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(database.username());
        config.setPassword(database.password());
        config.setMaximumPoolSize(4);
        config.setPoolName("impact-benchmark");
        return new HikariDataSource(config);
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static ImpactQuery query(String key) {
        return ImpactQuery.validate(List.of(key), "downstream", DEPTH, LIMIT);
    }

    private interface Walk {
        int run() throws SQLException;
    }

    private static double timed(Walk walk, int expected) throws SQLException {
        long t = System.nanoTime();
        int reached = walk.run();
        double ms = (System.nanoTime() - t) / 1e6;
        if (reached != expected) {
            throw new IllegalStateException("the baseline reached " + reached + " CIs where the walk reached " + expected);
        }
        return ms;
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void print(int cis, List<Double> walkMs, List<Double> customMs, List<Integer> found, int truncated,
                              List<Double> sameStarts, List<Double> jdbcMs, List<Double> aoMs) {
        int relationships = Integer.getInteger("relationships", 1_000_000);
        double median = percentile(walkMs, 50);
        double p95 = percentile(walkMs, 95);
        System.out.println();
        System.out.printf("Impact analysis on PostgreSQL: %,d CIs, %,d relationships, downstream, depth %d, limit %,d%n",
                cis, relationships, DEPTH, LIMIT);
        System.out.println("| walk | queries | median | p95 | max | CIs reached (median) | truncated at the limit |");
        System.out.println("|---|---|---|---|---|---|---|");
        System.out.printf("| relman: one set-based query per level | %d | %.1f ms | %.1f ms | %.1f ms | %,d | %d of %d |%n",
                walkMs.size(), median, p95, percentile(walkMs, 100), (int) percentile(found.stream().map(Integer::doubleValue).toList(), 50),
                truncated, walkMs.size());
        System.out.printf("| relman, every statement planned for its values (plan_cache_mode) | %d | %.1f ms | %.1f ms | %.1f ms | same CIs | |%n",
                customMs.size(), percentile(customMs, 50), percentile(customMs, 95), percentile(customMs, 100));
        System.out.printf("| relman, on the baseline's start CIs | %d | %.1f ms | %.1f ms | %.1f ms | | |%n",
                sameStarts.size(), percentile(sameStarts, 50), percentile(sameStarts, 95), percentile(sameStarts, 100));
        System.out.printf("| baseline: one JDBC query per CI (prepared once) | %d | %.1f ms | %.1f ms | %.1f ms | same CIs | |%n",
                jdbcMs.size(), percentile(jdbcMs, 50), percentile(jdbcMs, 95), percentile(jdbcMs, 100));
        System.out.printf("| baseline: one Active Objects find per CI | %d | %.1f ms | %.1f ms | %.1f ms | same CIs | |%n",
                aoMs.size(), percentile(aoMs, 50), percentile(aoMs, 95), percentile(aoMs, 100));
        System.out.printf("%nspeed-up on the same start CIs (median / p95): %.0f× / %.0f× against one JDBC query per CI, %.0f× / %.0f× against AO find per CI%n",
                percentile(jdbcMs, 50) / percentile(sameStarts, 50), percentile(jdbcMs, 95) / percentile(sameStarts, 95),
                percentile(aoMs, 50) / percentile(sameStarts, 50), percentile(aoMs, 95) / percentile(sameStarts, 95));
        System.out.printf("target: p95 < 200 ms -> %s; >= 20x faster than one JDBC query per CI (median and p95) -> %s%n",
                p95 < 200 ? "met" : "NOT met",
                percentile(jdbcMs, 50) / percentile(sameStarts, 50) >= 20 && percentile(jdbcMs, 95) / percentile(sameStarts, 95) >= 20
                        ? "met" : "NOT met");
    }
}
