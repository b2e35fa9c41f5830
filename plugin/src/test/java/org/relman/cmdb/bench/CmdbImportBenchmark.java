package org.relman.cmdb.bench;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.relman.cmdb.adapter.ao.CmdbStores;
import org.relman.cmdb.app.Causes;
import org.relman.cmdb.app.CmdbImports;
import org.relman.cmdb.app.CmdbTypeStore;
import org.relman.cmdb.app.ConfigurationItemStore;
import org.relman.cmdb.app.ImportJobStore;
import org.relman.cmdb.app.ImportRunner;
import org.relman.cmdb.app.ImportWorkers;
import org.relman.cmdb.app.RelationshipStore;
import org.relman.cmdb.domain.NewConfigurationItem;
import org.relman.cmdb.domain.NewRelationship;
import org.relman.cmdb.domain.imports.ImportJob;
import org.relman.cmdb.domain.imports.ImportState;
import org.relman.host.ao.EntityManagerActiveObjects;
import org.relman.host.rdbms.DataSourceTransactionalExecutorFactory;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;
import org.relman.testkit.db.TestDatabase;
import org.relman.testkit.db.TestDatabaseKind;

/**
 * CSV import of 100,000 CIs and 300,000 relationships into PostgreSQL, through the real path (upload spooled,
 * checked whole, written in one transaction with one unnest insert per 2,000 rows and table, job row for progress),
 * against one Active Objects create per row (the store's own create: item, attributes and history, each row its own transaction, and the
 * same in one transaction) measured on a 5,000-row sample in the same run. Run it with a 512 MB heap:
 * <pre>MAVEN_OPTS=-Xmx512m mvn -f plugin/pom.xml test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.relman.cmdb.bench.CmdbImportBenchmark</pre>
 * {@code -Dcis=}, {@code -Drelationships=} and {@code -Dsample=} change the sizes.
 */
public final class CmdbImportBenchmark {
    private static final UserRef CONNIE = new UserRef("connie", "connie", "Connie Config");
    private static final String[] REL_TYPES = {"depends-on", "runs-on", "connected-to", "part-of"};

    private CmdbImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cis = Integer.getInteger("cis", 100_000);
        int relationships = Integer.getInteger("relationships", 300_000);
        int sample = Integer.getInteger("sample", 5_000);
        Path itemFile = Files.createTempFile("bench-items-", ".csv");
        Path relationshipFile = Files.createTempFile("bench-relationships-", ".csv");
        try (TestDatabase database = TestDatabase.open(TestDatabaseKind.POSTGRESQL)) {
            writeItems(itemFile, cis);
            writeRelationships(relationshipFile, cis, relationships);
            EntityManagerActiveObjects ao = database.activeObjects(CmdbStores.ENTITIES);
            TransactionalExecutorFactory sql = new DataSourceTransactionalExecutorFactory(database.dataSource());
            CmdbTypeStore types = CmdbStores.types(ao);
            types.ciTypes();
            types.relationshipTypes();

            double perRowItems = perRow(sample, () -> baselineItems(CmdbStores.items(ao), "B", sample));
            double perRowItemsOneTx = perRow(sample, () -> ao.executeInTransaction(() -> {
                baselineItems(CmdbStores.items(ao), "T", sample);
                return null;
            }));
            double perRowRelationships = perRow(sample, () -> baselineRelationships(CmdbStores.relationships(ao), "B", sample));

            ImportJobStore jobs = CmdbStores.jobs(ao);
            try (ImportWorkers workers = new ImportWorkers()) {
                CmdbImports imports = new CmdbImports(
                        new AccessGuard(() -> Optional.of(CONNIE), (user, role) -> role == RelmanRole.CONFIGURATION_MANAGER),
                        new Causes((key, viewer) -> Optional.empty()), jobs,
                        new ImportRunner(jobs, CmdbStores.bulkWriter(sql), types, workers), workers);
                Phase items = run("items", itemFile, cis, imports, jobs, true);
                Phase rels = run("relationships", relationshipFile, relationships, imports, jobs, false);
                print(cis, relationships, sample, items, rels, perRowItems, perRowItemsOneTx, perRowRelationships);
            }
        } finally {
            Files.deleteIfExists(itemFile);
            Files.deleteIfExists(relationshipFile);
        }
    }

    /** {@code checkSeconds}: from upload until the job started writing (spooling and checking every row), to 0.1 s. */
    private record Phase(ImportJob job, double seconds, double checkSeconds, long sampledPeak, long afterGcPeak, long poolPeaks) {
    }

    private static Phase run(String what, Path file, int rows, CmdbImports imports, ImportJobStore jobs, boolean items)
            throws Exception {
        System.out.printf("importing %,d %s ...%n", rows, what);
        try (HeapWatch heap = new HeapWatch(); InputStream in = Files.newInputStream(file)) {
            long start = System.nanoTime();
            CmdbImports.Started started = items ? imports.importItems(in, null, true) : imports.importRelationships(in, null, true);
            ImportJob job = started.job();
            long writing = 0;
            while (!job.state().finished()) {
                Thread.sleep(100);
                job = jobs.find(job.id()).orElseThrow();
                if (writing == 0 && job.state() != ImportState.QUEUED && job.state() != ImportState.VALIDATING) {
                    writing = System.nanoTime();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (job.counts().rowsWritten() != rows) {
                throw new IllegalStateException(what + " import ended " + job.state() + ": " + job.message() + " " + job.errors());
            }
            return new Phase(job, seconds, (writing - start) / 1e9, heap.sampledPeakBytes(), heap.afterGcPeakBytes(), heap.poolPeaksBytes());
        }
    }

    private static void baselineItems(ConfigurationItemStore store, String prefix, int sample) {
        for (int i = 0; i < sample; i++) {
            store.create(NewConfigurationItem.validate(new NewConfigurationItem.Input(prefix + "-" + i, "Baseline " + i, "server",
                    "production", "Ops", null, "1.0", Map.of("os", "RHEL 9", "rack", "R" + (i % 40)))), CONNIE);
        }
    }

    private static void baselineRelationships(RelationshipStore store, String prefix, int sample) {
        for (int i = 0; i < sample; i++) {
            store.add(new NewRelationship(prefix + "-" + i, prefix + "-" + ((i + 1) % sample), "depends-on"), CONNIE, null);
        }
    }

    private static double perRow(int rows, Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6 / rows;
    }

    static String key(int i) {
        return String.format("CI-%06d", i);
    }

    private static void writeItems(Path file, int cis) throws IOException {
        String[] types = {"service", "application", "server", "database", "network", "storage", "middleware"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("key,name,type,environment,owner,status,version,attr.os,attr.rack\n");
            for (int i = 0; i < cis; i++) {
                out.write(key(i) + ",\"Configuration item " + i + ", " + types[i % types.length] + "\"," + types[i % types.length]
                        + "," + (i % 5 == 0 ? "test" : "production") + ",Team " + (i % 50) + ",active," + (1 + i % 9) + ".0,"
                        + (i % 3 == 0 ? "Windows 2022" : "RHEL 9") + ",R" + (i % 400) + "\n");
            }
        }
    }

    /** Unique source, target and type per row without remembering them: target = source + k * a prime. */
    private static void writeRelationships(Path file, int cis, int relationships) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("source,target,type\n");
            int perSource = (relationships + cis - 1) / cis;
            int written = 0;
            for (int k = 1; k <= perSource && written < relationships; k++) {
                for (int i = 0; i < cis && written < relationships; i++) {
                    int target = (int) ((i + (long) k * 7919) % cis);
                    out.write(key(i) + "," + key(target) + "," + REL_TYPES[(i + k) % REL_TYPES.length] + "\n");
                    written++;
                }
            }
        }
    }

    private static void print(int cis, int relationships, int sample, Phase items, Phase rels, double perRowItems,
                              double perRowItemsOneTx, double perRowRelationships) {
        double itemRow = items.seconds() * 1000 / cis;
        double relRow = rels.seconds() * 1000 / relationships;
        System.out.println();
        System.out.printf("CMDB CSV import on PostgreSQL (max heap %s)%n", HeapWatch.mb(Runtime.getRuntime().maxMemory()));
        System.out.println("| phase | rows | time | rows/s | ms/row | baseline ms/row (AO create per row) | faster | heap peak sampled | live heap after GC, max | pool peaks |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        System.out.printf("| CIs | %,d | %.1f s | %,.0f | %.3f | %.3f (own transaction each), %.3f (one transaction), sample %,d | %.0f× / %.0f× | %s | %s | %s |%n",
                cis, items.seconds(), cis / items.seconds(), itemRow, perRowItems, perRowItemsOneTx, sample,
                perRowItems / itemRow, perRowItemsOneTx / itemRow, HeapWatch.mb(items.sampledPeak()), HeapWatch.mb(items.afterGcPeak()),
                HeapWatch.mb(items.poolPeaks()));
        System.out.printf("| relationships | %,d | %.1f s | %,.0f | %.3f | %.3f (own transaction each), sample %,d | %.0f× | %s | %s | %s |%n",
                relationships, rels.seconds(), relationships / rels.seconds(), relRow, perRowRelationships, sample,
                perRowRelationships / relRow, HeapWatch.mb(rels.sampledPeak()), HeapWatch.mb(rels.afterGcPeak()),
                HeapWatch.mb(rels.poolPeaks()));
        System.out.println();
        System.out.printf("of which spooling and checking: CIs %.1f s, relationships %.1f s (the rest is writing)%n",
                items.checkSeconds(), rels.checkSeconds());
        System.out.println("jobs: " + items.job().message() + " / " + rels.job().message());
        System.out.println("import time includes spooling the upload, checking every row, writing in one transaction and the job's progress rows.");
    }
}
