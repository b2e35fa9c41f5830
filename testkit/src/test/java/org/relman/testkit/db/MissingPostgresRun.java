package org.relman.testkit.db;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs {@link SampleTableOnPostgresTest} in a JVM of its own, so that a PostgreSQL server that cannot be
 * had is a real one (not a stub), and prints how its tests ended for {@link MissingPostgresTest} to read.
 */
final class MissingPostgresRun {

    private MissingPostgresRun() {
    }

    public static void main(String[] args) {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(SampleTableOnPostgresTest.class))
                .execute()
                .testEvents();
        System.out.printf("succeeded=%d failed=%d aborted=%d%n",
                tests.succeeded().count(), tests.failed().count(), tests.aborted().count());
        tests.failed().stream().findFirst().ifPresent(event -> System.out.println("failed: " + message(event)));
        tests.aborted().stream().findFirst().ifPresent(event -> System.out.println("aborted: " + message(event)));
    }

    private static String message(Event event) {
        return event.getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable)
                .map(thrown -> thrown.getClass().getName() + ": " + thrown.getMessage())
                .orElse("(no reason)");
    }
}
