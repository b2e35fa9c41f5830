package org.relman.testkit.db;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server for this JVM: found, or started once and stopped at JVM exit.
 *
 * <p>Where it comes from, first match wins:
 * <ol>
 *   <li>{@code RELMAN_PG_URL} (or {@code -Drelman.pg.url}), a {@code jdbc:postgresql://host[:port]/database}
 *       URL of any database on a server whose user may {@code CREATE DATABASE}; with {@code RELMAN_PG_USER}
 *       (default {@code postgres}) and {@code RELMAN_PG_PASSWORD} (default empty). When it is set and does
 *       not work, that is the answer: nothing else is tried.</li>
 *   <li>a server on 127.0.0.1:5432 that lets user {@code postgres} in without a password and create databases;</li>
 *   <li>a throwaway cluster from the newest {@code /usr/lib/postgresql/<version>/bin} (or {@code RELMAN_PG_BIN},
 *       or {@code initdb} and {@code pg_ctl} on {@code PATH}), in a temporary directory, stopped and deleted
 *       by a JVM shutdown hook. {@code -Drelman.pg.forceThrowaway=true} skips the first two.</li>
 * </ol>
 * One line on stderr says which server is used.
 */
public final class PostgresServer {

    static final String FORCE_THROWAWAY_PROPERTY = "relman.pg.forceThrowaway";
    static final String START_TIMEOUT_PROPERTY = "relman.pg.startTimeoutSeconds";
    private static final Pattern JDBC_URL =
            Pattern.compile("jdbc:postgresql://([^/:?,\\[]+|\\[[^\\]]+\\])(?::(\\d+))?(?:/([^?]*))?(?:\\?(.*))?");

    private static final Object LOCK = new Object();
    private static boolean resolved;
    private static PostgresServer server;
    private static String unavailableReason = "";

    private final String host;
    private final int port;
    private final String adminDatabase;
    private final String urlParameters;
    private final String user;
    private final String password;
    private final boolean local;

    private PostgresServer(String host, int port, String adminDatabase, String urlParameters, String user, String password,
                           boolean local) {
        this.host = host;
        this.port = port;
        this.adminDatabase = adminDatabase;
        this.urlParameters = urlParameters;
        this.user = user;
        this.password = password;
        this.local = local;
    }

    /** Finds or starts the server; returns empty (with the reason in {@link #unavailableReason()}) when none can be had. */
    public static Optional<PostgresServer> get() {
        synchronized (LOCK) {
            if (!resolved) {
                resolve();
                resolved = true;
            }
            return Optional.ofNullable(server);
        }
    }

    /** Why {@link #get()} is empty; an empty string when a server is available. */
    public static String unavailableReason() {
        get();
        synchronized (LOCK) {
            return unavailableReason;
        }
    }

    /** A JDBC URL of the server's maintenance database, for creating and dropping databases. */
    public String adminJdbcUrl() {
        return jdbcUrl(adminDatabase);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** Whether this server runs on this machine, so that its clock and processes are ours. */
    boolean local() {
        return local;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + (urlParameters.isEmpty() ? "" : "?" + urlParameters);
    }

    Connection connectAdmin() throws SQLException {
        return connect(adminJdbcUrl(), user, password);
    }

    private static void resolve() {
        List<String> tried = new ArrayList<>();
        String url = setting("relman.pg.url", "RELMAN_PG_URL");
        if (Boolean.getBoolean(FORCE_THROWAWAY_PROPERTY)) {
            tried.add("-D" + FORCE_THROWAWAY_PROPERTY + "=true skips RELMAN_PG_URL and 127.0.0.1:5432");
        } else if (url != null) {
            tryToUse(() -> configured(url), "found via RELMAN_PG_URL", tried);
            finish(tried);
            return;
        } else if (tryToUse(PostgresServer::localDefault, "found", tried)) {
            finish(tried);
            return;
        }
        tryToUse(PostgresServer::throwaway, "started a throwaway cluster", tried);
        finish(tried);
    }

    private interface Attempt {
        PostgresServer attempt() throws PostgresUnavailableException;
    }

    private static boolean tryToUse(Attempt attempt, String how, List<String> tried) {
        try {
            server = attempt.attempt();
            System.err.println("[relman-testkit] PostgreSQL for this JVM: " + how + ", " + server.adminJdbcUrl()
                    + " as " + server.user);
            return true;
        } catch (PostgresUnavailableException e) {
            tried.add(e.getMessage());
            return false;
        }
    }

    private static void finish(List<String> tried) {
        unavailableReason = server != null ? "" : String.join("; ", tried);
    }

    private static PostgresServer configured(String url) throws PostgresUnavailableException {
        String user = setting("relman.pg.user", "RELMAN_PG_USER");
        String password = setting("relman.pg.password", "RELMAN_PG_PASSWORD");
        PostgresServer candidate = fromUrl(url, user == null ? "postgres" : user, password == null ? "" : password);
        candidate.checkMayCreateDatabases("RELMAN_PG_URL=" + url);
        return candidate;
    }

    /** The server a {@code jdbc:postgresql://host[:port]/database[?parameters]} URL points at; its database is the admin one. */
    static PostgresServer fromUrl(String url, String user, String password) throws PostgresUnavailableException {
        Matcher matcher = JDBC_URL.matcher(url.trim());
        if (!matcher.matches()) {
            throw new PostgresUnavailableException("RELMAN_PG_URL=" + url
                    + " is not of the form jdbc:postgresql://host[:port]/database[?parameters]");
        }
        String host = matcher.group(1);
        String database = matcher.group(3) == null || matcher.group(3).isEmpty() ? "postgres" : matcher.group(3);
        return new PostgresServer(host, matcher.group(2) == null ? 5432 : Integer.parseInt(matcher.group(2)), database,
                matcher.group(4) == null ? "" : matcher.group(4), user, password,
                host.equals("127.0.0.1") || host.equals("localhost"));
    }

    private static PostgresServer localDefault() throws PostgresUnavailableException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
        } catch (IOException e) {
            throw new PostgresUnavailableException("nothing answers on 127.0.0.1:5432");
        }
        PostgresServer candidate = new PostgresServer("127.0.0.1", 5432, "postgres", "", "postgres", "", true);
        candidate.checkMayCreateDatabases("the server on 127.0.0.1:5432");
        return candidate;
    }

    private static PostgresServer throwaway() throws PostgresUnavailableException {
        PostgresBinaries binaries = PostgresBinaries.find();
        long started = System.nanoTime();
        ThrowawayCluster cluster = ThrowawayCluster.start(binaries);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "relman-testkit-stop-postgres"));
        PostgresServer candidate = new PostgresServer("127.0.0.1", cluster.port(), "postgres", "", "postgres", "", true);
        Duration timeout = Duration.ofSeconds(Long.getLong(START_TIMEOUT_PROPERTY, 60));
        candidate.awaitConnections(timeout, cluster);
        System.err.printf("[relman-testkit] throwaway PostgreSQL %s (%s%s) in %s, up after %d ms%n", binaries.version(),
                binaries.binDir(), binaries.asPostgresUser() ? ", run as user postgres" : "", cluster.directory(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return candidate;
    }

    private void awaitConnections(Duration timeout, ThrowawayCluster cluster) throws PostgresUnavailableException {
        long deadline = System.nanoTime() + timeout.toNanos();
        SQLException last;
        do {
            try (Connection ignored = connectAdmin()) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.nanoTime() < deadline);
        cluster.stop();
        throw new PostgresUnavailableException("the throwaway PostgreSQL on 127.0.0.1:" + port + " did not accept connections within "
                + timeout.toSeconds() + " s (" + last.getMessage() + "); server log: " + cluster.logTail(), last);
    }

    private void checkMayCreateDatabases(String which) throws PostgresUnavailableException {
        try (Connection connection = connectAdmin();
             Statement statement = connection.createStatement();
             ResultSet allowed = statement.executeQuery(
                     "SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user")) {
            if (!allowed.next() || !allowed.getBoolean(1)) {
                throw new PostgresUnavailableException(which + " does not let user " + user + " CREATE DATABASE");
            }
        } catch (SQLException e) {
            throw new PostgresUnavailableException(which + " refused user " + user + ": " + e.getMessage(), e);
        }
    }

    static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("ApplicationName", "relman-testkit");
        return DriverManager.getConnection(url, properties);
    }

    private static String setting(String property, String environmentVariable) {
        String value = System.getProperty(property, System.getenv(environmentVariable));
        return value == null || value.isBlank() ? null : value;
    }
}
