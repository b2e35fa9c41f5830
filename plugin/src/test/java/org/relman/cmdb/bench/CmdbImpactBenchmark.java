package org.relman.cmdb.bench;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.relman.cmdb.adapter.ao.CmdbStores;
import org.relman.cmdb.app.CmdbGraph;
import org.relman.cmdb.domain.ImpactQuery;
import org.relman.cmdb.domain.ImpactReport;
import org.relman.host.ao.EntityManagerActiveObjects;
import org.relman.host.rdbms.DataSourceTransactionalExecutorFactory;
import org.relman.testkit.db.TestDatabase;
import org.relman.testkit.db.TestDatabaseKind;

/**
 * Impact analysis on a CMDB of 200,000 CIs and 1,000,000 relationships in PostgreSQL: downstream to depth 10,
 * up to 5,000 CIs, from 50 random CIs; median and p95 of relman's level-by-level walk against the straightforward
 * walk that asks the database once per CI, in the same run on the same data (two forms of it: a reused JDBC
 * prepared statement, and Active Objects' find as plain AO code would do it).
 * <pre>mvn -f plugin/pom.xml test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.relman.cmdb.bench.CmdbImpactBenchmark</pre>
 * {@code -Dcis=}, {@code -Drelationships=}, {@code -Dqueries=} and {@code -DbaselineQueries=} change the sizes.
 */
public final class CmdbImpactBenchmark {
    private static final int DEPTH = 10;
    private static final int LIMIT = 5000;

    private CmdbImpactBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cis = Integer.getInteger("cis", 200_000);
        int relationships = Integer.getInteger("relationships", 1_000_000);
        int queries = Integer.getInteger("queries", 50);
        int baselineQueries = Integer.getInteger("baselineQueries", 10);
        try (TestDatabase database = TestDatabase.open(TestDatabaseKind.POSTGRESQL)) {
            EntityManagerActiveObjects ao = database.activeObjects(CmdbStores.ENTITIES);
            CmdbStores.types(ao).relationshipTypes();
            long loadStart = System.nanoTime();
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl()
                    + (database.jdbcUrl().contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", database.username(), database.password())) {
                LayeredCmdb.load(connection, cis, relationships, new Random(42));
                try (Statement analyze = connection.createStatement()) {
                    analyze.execute("ANALYZE");
                }
            }
            System.out.printf("loaded %,d CIs and %,d relationships in %.0f s%n", cis, relationships, (System.nanoTime() - loadStart) / 1e9);

            TransactionalExecutorFactory sql = new DataSourceTransactionalExecutorFactory(database.dataSource());
            CmdbGraph graph = CmdbStores.graph(sql);
            Random random = new Random(7);
            List<String> starts = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                starts.add(LayeredCmdb.key(random.nextInt(cis)));
            }
            for (int i = 0; i < 10; i++) {
                graph.walk(query(LayeredCmdb.key(random.nextInt(cis)))); // warm up the JIT and the database's caches
            }
            List<Double> walkMs = new ArrayList<>();
            List<Integer> found = new ArrayList<>();
            int truncated = 0;
            for (String start : starts) {
                long t = System.nanoTime();
                ImpactReport report = graph.walk(query(start));
                walkMs.add((System.nanoTime() - t) / 1e6);
                found.add(report.impacted().size());
                truncated += report.truncated() ? 1 : 0;
            }
            PerCiBaseline perCi = new PerCiBaseline(database.dataSource(), ao);
            List<Double> jdbcMs = new ArrayList<>();
            List<Double> aoMs = new ArrayList<>();
            List<Double> sameStartsMs = new ArrayList<>();
            for (int i = 0; i < Math.min(baselineQueries, starts.size()); i++) {
                String start = starts.get(i);
                int expected = found.get(i);
                sameStartsMs.add(walkMs.get(i));
                jdbcMs.add(timed(() -> perCi.jdbc(start, DEPTH, LIMIT), expected));
                aoMs.add(timed(() -> perCi.activeObjects(start, DEPTH, LIMIT), expected));
            }
            print(cis, relationships, walkMs, found, truncated, sameStartsMs, jdbcMs, aoMs);
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

    private static void print(int cis, int relationships, List<Double> walkMs, List<Integer> found, int truncated,
                              List<Double> sameStarts, List<Double> jdbcMs, List<Double> aoMs) {
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
        System.out.printf("| relman, on the baseline's start CIs | %d | %.1f ms | %.1f ms | %.1f ms | | |%n",
                sameStarts.size(), percentile(sameStarts, 50), percentile(sameStarts, 95), percentile(sameStarts, 100));
        System.out.printf("| baseline: one JDBC query per CI (prepared once) | %d | %.1f ms | %.1f ms | %.1f ms | same CIs | |%n",
                jdbcMs.size(), percentile(jdbcMs, 50), percentile(jdbcMs, 95), percentile(jdbcMs, 100));
        System.out.printf("| baseline: one Active Objects find per CI | %d | %.1f ms | %.1f ms | %.1f ms | same CIs | |%n",
                aoMs.size(), percentile(aoMs, 50), percentile(aoMs, 95), percentile(aoMs, 100));
        System.out.printf("%nspeed-up on the same start CIs (median / p95): %.0f× / %.0f× against one JDBC query per CI, %.0f× / %.0f× against AO find per CI%n",
                percentile(jdbcMs, 50) / percentile(sameStarts, 50), percentile(jdbcMs, 95) / percentile(sameStarts, 95),
                percentile(aoMs, 50) / percentile(sameStarts, 50), percentile(aoMs, 95) / percentile(sameStarts, 95));
        System.out.printf("target: p95 < 200 ms -> %s%n", p95 < 200 ? "met" : "NOT met");
    }
}
