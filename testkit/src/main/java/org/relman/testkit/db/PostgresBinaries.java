package org.relman.testkit.db;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * PostgreSQL's server programs ({@code initdb}, {@code pg_ctl}) on this machine, and how to run
 * them: PostgreSQL refuses to run as root, so as root every command goes through
 * {@code runuser -u postgres --}.
 */
final class PostgresBinaries {

    static final String BIN_PROPERTY = "relman.pg.bin";
    static final String BIN_ENV = "RELMAN_PG_BIN";
    private static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");

    private final Path binDir;
    private final boolean asPostgresUser;

    private PostgresBinaries(Path binDir, boolean asPostgresUser) {
        this.binDir = binDir;
        this.asPostgresUser = asPostgresUser;
    }

    /** The binaries to use, or empty with the places that were searched. */
    static PostgresBinaries find() throws PostgresUnavailableException {
        Optional<Path> configured = configuredBinDir();
        if (configured.isPresent() && !hasServerPrograms(configured.get())) {
            throw new PostgresUnavailableException(BIN_ENV + "=" + configured.get() + " holds no initdb and pg_ctl");
        }
        Path binDir = configured
                .or(PostgresBinaries::newestDebianBinDir)
                .or(PostgresBinaries::binDirOnPath)
                .orElseThrow(() -> new PostgresUnavailableException("no PostgreSQL server binaries (initdb, pg_ctl) under "
                        + DEBIAN_ROOT + "/<version>/bin, on PATH, or in " + BIN_ENV));
        boolean root = runningAsRoot();
        if (root && !postgresUserExists()) {
            throw new PostgresUnavailableException("running as root, which PostgreSQL refuses, and there is no 'postgres' user to run "
                    + binDir + " as");
        }
        return new PostgresBinaries(binDir, root);
    }

    Path binDir() {
        return binDir;
    }

    /** Whether the server runs as the {@code postgres} user (because this JVM runs as root). */
    boolean asPostgresUser() {
        return asPostgresUser;
    }

    /** The major version, from the Debian directory name when there is one. */
    String version() {
        Path parent = binDir.getParent();
        return parent != null && parent.getParent() != null && parent.getParent().equals(DEBIAN_ROOT)
                ? parent.getFileName().toString() : binDir.toString();
    }

    /**
     * Runs one of the programs in {@code workDir}, output appended to {@code output}.
     *
     * @return the exit code
     */
    int run(Path workDir, Path output, Duration timeout, String program, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(binDir.resolve(program).toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        // a user's PGPORT or PGDATA must not steer the throwaway cluster
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IOException(program + " did not finish within " + timeout.toSeconds() + " s");
        }
        return process.exitValue();
    }

    private static Optional<Path> configuredBinDir() {
        String configured = System.getProperty(BIN_PROPERTY, System.getenv(BIN_ENV));
        return configured == null || configured.isBlank() ? Optional.empty() : Optional.of(Path.of(configured.trim()));
    }

    private static Optional<Path> newestDebianBinDir() {
        if (!Files.isDirectory(DEBIAN_ROOT)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN_ROOT)) {
            return versions
                    .filter(version -> version.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .map(version -> version.resolve("bin"))
                    .filter(PostgresBinaries::hasServerPrograms)
                    .max(Comparator.comparingDouble(bin -> Double.parseDouble(bin.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> binDirOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .filter(PostgresBinaries::hasServerPrograms)
                .findFirst();
    }

    private static boolean hasServerPrograms(Path binDir) {
        return Files.isExecutable(binDir.resolve("initdb")) && Files.isExecutable(binDir.resolve("pg_ctl"));
    }

    static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static boolean postgresUserExists() {
        try {
            java.nio.file.FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
