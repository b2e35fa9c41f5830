package org.relman.testkit.db;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.List;

/**
 * A PostgreSQL cluster made for this JVM in a temporary directory: {@code initdb -A trust -U postgres},
 * listening on 127.0.0.1 only, on a free port, with durability switched off because nothing in it
 * needs to survive. {@link #stop()} kills it and deletes the directory.
 */
final class ThrowawayCluster {

    static final String DIRECTORY_PREFIX = "relman-pg-";
    static final String OWNER_PID_FILE = "owner.pid";
    private static final int START_ATTEMPTS = 3;
    /** Unix socket paths are limited to 107 bytes; longer temp paths get TCP only. */
    private static final int MAX_SOCKET_DIRECTORY_LENGTH = 80;

    private final PostgresBinaries binaries;
    private final Path directory;
    private final Path dataDirectory;
    private final Path serverLog;
    private final Path commandLog;
    private int port;

    private ThrowawayCluster(PostgresBinaries binaries, Path directory) {
        this.binaries = binaries;
        this.directory = directory;
        this.dataDirectory = directory.resolve("data");
        this.serverLog = directory.resolve("postgres.log");
        this.commandLog = directory.resolve("commands.log");
    }

    /** Creates and starts a cluster; it is not yet known to accept connections. */
    static ThrowawayCluster start(PostgresBinaries binaries) throws PostgresUnavailableException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        StaleClusters.removeOrphans(temp, binaries);
        ThrowawayCluster cluster;
        try {
            cluster = new ThrowawayCluster(binaries, Files.createTempDirectory(temp, DIRECTORY_PREFIX));
        } catch (IOException e) {
            throw new PostgresUnavailableException("cannot create a directory for a throwaway cluster under " + temp, e);
        }
        try {
            cluster.initialise();
            cluster.startOnFreePort();
            return cluster;
        } catch (PostgresUnavailableException | RuntimeException e) {
            cluster.stop();
            throw e;
        }
    }

    int port() {
        return port;
    }

    Path directory() {
        return directory;
    }

    /** The last lines of the server's log, for error messages. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(Files.exists(serverLog) ? serverLog : commandLog, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** Kills the server without a checkpoint and deletes its directory; safe to call more than once. */
    void stop() {
        if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            try {
                binaries.run(directory, commandLog, Duration.ofSeconds(30), "pg_ctl", "-D", dataDirectory.toString(),
                        "-m", "immediate", "-w", "stop");
            } catch (IOException e) {
                System.err.println("[relman-testkit] could not stop the throwaway PostgreSQL in " + directory + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        DirectoryTrees.delete(directory);
    }

    private void initialise() throws PostgresUnavailableException {
        try {
            Files.writeString(directory.resolve(OWNER_PID_FILE), Long.toString(ProcessHandle.current().pid()));
            if (binaries.asPostgresUser()) {
                UserPrincipal postgres = directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(directory, postgres);
            }
            int exit = binaries.run(directory, commandLog, Duration.ofMinutes(2), "initdb", "-D", dataDirectory.toString(),
                    "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync");
            if (exit != 0) {
                throw new PostgresUnavailableException("initdb in " + directory + " failed with exit code " + exit + ": " + logTail());
            }
        } catch (IOException e) {
            throw new PostgresUnavailableException("cannot initialise a throwaway cluster in " + directory + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostgresUnavailableException("interrupted while initialising a throwaway cluster", e);
        }
    }

    private void startOnFreePort() throws PostgresUnavailableException {
        for (int attempt = 1; ; attempt++) {
            try {
                port = freePort();
                appendSettings(port);
                int exit = binaries.run(directory, commandLog, Duration.ofSeconds(90), "pg_ctl", "-D", dataDirectory.toString(),
                        "-l", serverLog.toString(), "-w", "-t", "60", "start");
                if (exit == 0) {
                    return;
                }
                // another process may have taken the port between our probe and the server's bind
                if (attempt == START_ATTEMPTS || !logTail().contains("could not bind")) {
                    throw new PostgresUnavailableException("pg_ctl start in " + directory + " failed with exit code " + exit
                            + ": " + logTail());
                }
            } catch (IOException e) {
                throw new PostgresUnavailableException("cannot start the throwaway cluster in " + directory + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PostgresUnavailableException("interrupted while starting a throwaway cluster", e);
            }
        }
    }

    /** Later lines win in postgresql.conf, so a retry on another port just appends again. */
    private void appendSettings(int port) throws IOException {
        String socketDirectory = directory.toString().length() <= MAX_SOCKET_DIRECTORY_LENGTH ? directory.toString() : "";
        String settings = String.join("\n",
                "",
                "# relman testkit: a throwaway cluster for tests; durability is off on purpose",
                "listen_addresses = '127.0.0.1'",
                "port = " + port,
                "unix_socket_directories = '" + socketDirectory + "'",
                "fsync = off",
                "full_page_writes = off",
                "synchronous_commit = off",
                "");
        Files.writeString(dataDirectory.resolve("postgresql.conf"), settings, StandardOpenOption.APPEND);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
