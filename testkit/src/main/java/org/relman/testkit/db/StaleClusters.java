package org.relman.testkit.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Throwaway clusters left behind by JVMs that were killed before their shutdown hook ran. A
 * cluster is removed only when the JVM that made it is gone and either its server is visibly
 * running (so it is this machine's, not another PID namespace's) or it has not run for an hour.
 */
final class StaleClusters {

    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private StaleClusters() {
    }

    static void removeOrphans(Path temp, PostgresBinaries binaries) {
        try (Stream<Path> entries = Files.list(temp)) {
            entries.filter(entry -> entry.getFileName().toString().startsWith(ThrowawayCluster.DIRECTORY_PREFIX))
                    .filter(entry -> Files.isRegularFile(entry.resolve(ThrowawayCluster.OWNER_PID_FILE)))
                    .forEach(entry -> removeIfOrphaned(entry, binaries));
        } catch (IOException | RuntimeException e) {
            // tidying up is a courtesy; never let it stand in the way of a test run
        }
    }

    private static void removeIfOrphaned(Path directory, PostgresBinaries binaries) {
        if (pidFrom(directory.resolve(ThrowawayCluster.OWNER_PID_FILE)).map(StaleClusters::alive).orElse(true)) {
            return;
        }
        Path data = directory.resolve("data");
        Optional<Long> postmaster = pidFrom(data.resolve("postmaster.pid"));
        if (postmaster.isPresent() && alive(postmaster.get())) {
            stopQuietly(directory, data, binaries);
            DirectoryTrees.delete(directory);
        } else if (lastModified(directory).isBefore(Instant.now().minus(ABANDONED_AFTER))) {
            DirectoryTrees.delete(directory);
        }
    }

    private static void stopQuietly(Path directory, Path data, PostgresBinaries binaries) {
        try {
            binaries.run(directory, directory.resolve("commands.log"), Duration.ofSeconds(30), "pg_ctl", "-D", data.toString(),
                    "-m", "immediate", "-w", "stop");
            System.err.println("[relman-testkit] stopped an orphaned throwaway PostgreSQL in " + directory);
        } catch (IOException e) {
            // deleted below all the same
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<Long> pidFrom(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static Instant lastModified(Path directory) {
        try {
            return Files.getLastModifiedTime(directory).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }
}
