package org.relman.change.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.relman.change.adapter.ao.ChangeStores;
import org.relman.change.app.PanelState;
import org.relman.change.testing.ChangeWorld;
import org.relman.change.testing.CountingDataSource;
import org.relman.change.testing.PanelScenario;
import org.relman.host.ao.EntityManagerActiveObjects;
import org.relman.testkit.db.TestDatabase;
import org.relman.testkit.db.TestDatabaseKind;

/**
 * Issue-view cost of the CAB panel's data: building the panel state for an RFC whose CAB has 30 members
 * and which went through 5 closed rounds of 30 votes (plus a changed vote each), against a baseline RFC
 * with 3 votes in one open round, measured in the same run on the same database. Prints median, p95 and
 * the SQL statements per panel. Velocity rendering is not part of it yet.
 *
 * <pre>mvn -f plugin/pom.xml test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.relman.change.bench.CabPanelBenchmark [-Dexec.args="postgresql 2000"]</pre>
 */
public final class CabPanelBenchmark {
    private CabPanelBenchmark() {
    }

    public static void main(String[] args) {
        TestDatabaseKind kind = args.length > 0 ? TestDatabaseKind.valueOf(args[0].toUpperCase(Locale.ROOT)) : TestDatabaseKind.POSTGRESQL;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        try (TestDatabase database = TestDatabase.open(kind)) {
            database.activeObjects(ChangeStores.ENTITIES);
            CountingDataSource counting = new CountingDataSource(database.dataSource());
            EntityManagerActiveObjects ao = EntityManagerActiveObjects.create(counting, "org.relman");
            ChangeWorld world = new ChangeWorld(ao);
            PanelScenario scenario = new PanelScenario(world, 30);
            long built = System.nanoTime();
            scenario.openRound("RFC-BASE", 3);
            scenario.closedRounds("RFC-BIG", 5);
            System.out.printf("%s: scenario built in %d ms (%d votes cast through the use cases)%n", kind,
                    (System.nanoTime() - built) / 1_000_000, 3 + 5 * 31);
            world.as(world.cole);

            Result baseline = measure(world, counting, "RFC-BASE", iterations);
            Result big = measure(world, counting, "RFC-BIG", iterations);
            System.out.println();
            System.out.println("| panel state for                                  | median ms | p95 ms | max ms | SQL statements | votes shown |");
            System.out.println("|--------------------------------------------------|-----------|--------|--------|----------------|-------------|");
            print("baseline: 1 open round, 3 votes", baseline);
            print("30 members, 5 closed rounds (+1 open), 155 votes", big);
            System.out.printf("%nratio median big/baseline: %.2f; statements equal: %s%n", big.median / baseline.median,
                    big.statements == baseline.statements);
        }
    }

    private record Result(double median, double p95, double max, int statements, int votes) {
    }

    private static Result measure(ChangeWorld world, CountingDataSource counting, String key, int iterations) {
        for (int i = 0; i < Math.max(200, iterations / 5); i++) {
            world.panel.state(key);
        }
        counting.start();
        PanelState state = world.panel.state(key);
        int statements = counting.stop().size();
        int votes = state.round().votes().size() + state.earlierRounds().stream().mapToInt(r -> r.votes().size()).sum();
        List<Double> millis = new ArrayList<>(iterations);
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            world.panel.state(key);
            millis.add((System.nanoTime() - start) / 1_000_000.0);
        }
        Collections.sort(millis);
        return new Result(millis.get(iterations / 2), millis.get((int) Math.ceil(iterations * 0.95) - 1),
                millis.get(iterations - 1), statements, votes);
    }

    private static void print(String label, Result r) {
        System.out.printf(Locale.ROOT, "| %-48s | %9.3f | %6.3f | %6.2f | %14d | %11d |%n", label, r.median, r.p95, r.max, r.statements, r.votes);
    }
}
