package org.relman.testkit.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class MissingPostgresTest {

    /** Nothing listens on port 1, so this server cannot be had, the way a stopped server cannot. */
    private static final String UNREACHABLE = "-Drelman.pg.url=jdbc:postgresql://127.0.0.1:1/postgres";

    @TempDir
    Path output;

    private final String ciProperty = System.getProperty(MissingPostgres.CI_PROPERTY);

    @AfterEach
    void restoreCiProperty() {
        if (ciProperty == null) {
            System.clearProperty(MissingPostgres.CI_PROPERTY);
        } else {
            System.setProperty(MissingPostgres.CI_PROPERTY, ciProperty);
        }
    }

    @Test
    void skipsOutsideCiWithOneBannerPerJvm() {
        ByteArrayOutputStream banner = new ByteArrayOutputStream();
        MissingPostgres missing = new MissingPostgres(() -> new PrintStream(banner, true, StandardCharsets.UTF_8));

        RuntimeException first = missing.outcome("nothing answers on 127.0.0.1:5432", false);
        RuntimeException second = missing.outcome("nothing answers on 127.0.0.1:5432", false);

        assertThat(first).isInstanceOf(TestAbortedException.class)
                .hasMessage("PostgreSQL tests SKIPPED: nothing answers on 127.0.0.1:5432 — install postgresql or set RELMAN_PG_URL");
        assertThat(second).isInstanceOf(TestAbortedException.class);
        String printed = banner.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("PostgreSQL tests SKIPPED: nothing answers on 127.0.0.1:5432")
                .contains("install postgresql or set RELMAN_PG_URL");
        assertThat(printed.split("SKIPPED", -1)).hasSize(2);
        assertThat(printed.lines().count()).isGreaterThan(3);
    }

    @Test
    void failsOnCiWithTheReason() {
        RuntimeException outcome = new MissingPostgres(() -> System.err).outcome("nothing answers on 127.0.0.1:5432", true);

        assertThat(outcome).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mandatory on CI")
                .hasMessageContaining("nothing answers on 127.0.0.1:5432");
    }

    @Test
    void letsTheRelmanCiPropertyOverrideTheEnvironment() {
        System.setProperty(MissingPostgres.CI_PROPERTY, "true");
        assertThat(MissingPostgres.onCi()).isTrue();

        System.setProperty(MissingPostgres.CI_PROPERTY, "false");
        assertThat(MissingPostgres.onCi()).isFalse();
    }

    @Test
    void contractTestsAreSkippedLoudlyWithoutAServerOutsideCi() throws Exception {
        Run run = runSampleContract(Map.of(), UNREACHABLE);

        assertThat(run.stdout).contains("succeeded=0 failed=0 aborted=7")
                .contains("aborted: org.opentest4j.TestAbortedException: PostgreSQL tests SKIPPED: RELMAN_PG_URL=")
                .contains("install postgresql or set RELMAN_PG_URL");
        assertThat(run.stderr).contains("*** PostgreSQL tests SKIPPED: RELMAN_PG_URL=jdbc:postgresql://127.0.0.1:1/postgres refused");
        assertThat(run.stderr.split("\\*\\*\\* PostgreSQL tests SKIPPED", -1)).as("one banner for seven tests").hasSize(2);
    }

    @Test
    void contractTestsFailWithoutAServerWhenTheCiVariableIsTrue() throws Exception {
        Run run = runSampleContract(Map.of("CI", "true"), UNREACHABLE);

        assertThat(run.stdout).contains("succeeded=0 failed=7 aborted=0")
                .contains("failed: java.lang.IllegalStateException: PostgreSQL is mandatory on CI (CI=true) but none could be had:"
                        + " RELMAN_PG_URL=jdbc:postgresql://127.0.0.1:1/postgres refused");
        assertThat(run.stderr).doesNotContain("SKIPPED");
    }

    @Test
    void contractTestsFailWithoutAServerWhenTheCiPropertyIsTrue() throws Exception {
        Run run = runSampleContract(Map.of(), UNREACHABLE, "-Drelman.ci=true");

        assertThat(run.stdout).contains("succeeded=0 failed=7 aborted=0");
    }

    private record Run(String stdout, String stderr) {
    }

    /** Runs the sample contract on PostgreSQL in a fresh JVM, with no CI variable unless given. */
    private Run runSampleContract(Map<String, String> environment, String... properties) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(properties));
        command.add(MissingPostgresRun.class.getName());
        Path stdout = output.resolve("stdout.txt");
        Path stderr = output.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().keySet().removeIf(name -> name.equals("CI") || name.startsWith("RELMAN_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ends").isTrue();
        return new Run(Files.readString(stdout), Files.readString(stderr));
    }
}
