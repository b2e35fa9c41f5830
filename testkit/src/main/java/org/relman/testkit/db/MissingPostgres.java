package org.relman.testkit.db;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.opentest4j.TestAbortedException;

/**
 * What a test gets when no PostgreSQL server can be had: a failure on CI, elsewhere a skip that
 * is announced by a banner on stderr once per JVM, so that nobody mistakes a green build for one
 * that ran on PostgreSQL.
 */
final class MissingPostgres {

    /** System property that overrides the {@code CI} environment variable ({@code true} or {@code false}). */
    static final String CI_PROPERTY = "relman.ci";

    private static final MissingPostgres FOR_THIS_JVM = new MissingPostgres(() -> System.err);

    private final Supplier<PrintStream> bannerStream;
    private final AtomicBoolean bannerShown = new AtomicBoolean();

    MissingPostgres(Supplier<PrintStream> bannerStream) {
        this.bannerStream = bannerStream;
    }

    static MissingPostgres forThisJvm() {
        return FOR_THIS_JVM;
    }

    /** {@code -Drelman.ci=true|false} when given, else whether the environment variable {@code CI} is {@code true}. */
    static boolean onCi() {
        String override = System.getProperty(CI_PROPERTY);
        String value = override != null && !override.isBlank() ? override : System.getenv("CI");
        return "true".equalsIgnoreCase(value == null ? "" : value.trim());
    }

    /** The exception the test must end with: an error on CI, an aborted (skipped) test elsewhere. */
    RuntimeException outcome(String reason, boolean onCi) {
        if (onCi) {
            return new IllegalStateException("PostgreSQL is mandatory on CI (CI=true) but none could be had: " + reason
                    + ". Start one, or set RELMAN_PG_URL.");
        }
        showBannerOnce(reason);
        return new TestAbortedException("PostgreSQL tests SKIPPED: " + reason
                + " — install postgresql or set RELMAN_PG_URL");
    }

    private void showBannerOnce(String reason) {
        if (!bannerShown.compareAndSet(false, true)) {
            return;
        }
        PrintStream banner = bannerStream.get();
        String rule = "*".repeat(78);
        banner.println();
        banner.println(rule);
        banner.println("*** PostgreSQL tests SKIPPED: " + reason);
        banner.println("*** — install postgresql or set RELMAN_PG_URL");
        banner.println("*** Every repository test on PostgreSQL in this JVM is skipped, not passed.");
        banner.println("*** Nothing in this JVM checked the repositories against PostgreSQL.");
        banner.println("*** On CI (CI=true) these tests fail instead.");
        banner.println(rule);
        banner.println();
        banner.flush();
    }
}
