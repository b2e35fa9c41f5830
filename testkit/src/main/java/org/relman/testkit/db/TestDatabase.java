package org.relman.testkit.db;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import net.java.ao.RawEntity;

import org.relman.host.ao.EntityManagerActiveObjects;

/**
 * A fresh, empty database of one kind, dropped on close.
 *
 * <p>HSQLDB: a new in-memory database with a unique name, in MVCC mode. PostgreSQL: {@code CREATE DATABASE
 * relman_test_<time>_<random>} on {@link PostgresServer}, UTF-8 with C collation as Atlassian asks for Jira's
 * own database. When no PostgreSQL server can be had, {@link #open} ends the calling test: it fails on CI
 * ({@code CI=true} or {@code -Drelman.ci=true}) and is skipped elsewhere, with a banner on stderr.
 *
 * <p>Databases still open at JVM exit are closed by a shutdown hook.
 */
public final class TestDatabase implements AutoCloseable {

    /** The Active Objects namespace whose table prefix the plugin's tables carry ({@code AO_xxxxxx_}). */
    static final String AO_NAMESPACE = "org.relman";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<TestDatabase> OPEN = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean FIRST_POSTGRES = new AtomicBoolean(true);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::closeAllQuietly, "relman-testkit-close-databases"));
    }

    private final TestDatabaseKind kind;
    private final String name;
    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final PostgresServer server;
    private final HikariDataSource pool;
    private final Set<Class<? extends RawEntity<?>>> migrated = new LinkedHashSet<>();
    private EntityManagerActiveObjects activeObjects;
    private boolean closed;

    private TestDatabase(TestDatabaseKind kind, String name, String jdbcUrl, String username, String password,
                         PostgresServer server) {
        this.kind = kind;
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.server = server;
        this.pool = pool(name, jdbcUrl, username, password);
        OPEN.add(this);
    }

    /**
     * HSQLDB: a new in-memory database with a unique name; PostgreSQL: {@code CREATE DATABASE relman_test_...}
     * on the shared server.
     *
     * @throws org.opentest4j.TestAbortedException for PostgreSQL when no server can be had, outside CI
     * @throws IllegalStateException for PostgreSQL when no server can be had, on CI
     */
    public static TestDatabase open(TestDatabaseKind kind) {
        String name = PostgresDatabases.newTestName(HexFormat.of().formatHex(randomBytes()));
        return switch (kind) {
            case HSQLDB -> new TestDatabase(kind, name, "jdbc:hsqldb:mem:" + name + ";hsqldb.tx=mvcc", "SA", "", null);
            case POSTGRESQL -> openOnPostgres(name);
        };
    }

    public TestDatabaseKind kind() {
        return kind;
    }

    /** A HikariCP pool of at most four connections, auto-commit on. */
    public DataSource dataSource() {
        return pool;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /**
     * The Jira Active Objects facade over this database, tables named for namespace {@code org.relman},
     * with these entities migrated. The facade is made once per database and closed with it; later calls
     * migrate entities not seen before and return the same facade.
     */
    @SafeVarargs
    public final synchronized EntityManagerActiveObjects activeObjects(Class<? extends RawEntity<?>>... entities) {
        requireOpen();
        if (activeObjects == null) {
            activeObjects = EntityManagerActiveObjects.create(pool, AO_NAMESPACE);
        }
        List<Class<? extends RawEntity<?>>> wanted = new ArrayList<>(migrated);
        boolean newEntities = false;
        for (Class<? extends RawEntity<?>> entity : entities) {
            if (!migrated.contains(entity)) {
                wanted.add(entity);
                newEntities = true;
            }
        }
        if (newEntities) {
            // migrate all seen so far: Active Objects may treat entities left out of a migration as gone
            activeObjects.migrate(wanted.toArray(Class[]::new));
            migrated.addAll(wanted);
        }
        return activeObjects;
    }

    /** Closes the Active Objects facade and the pool, then drops the database (PostgreSQL) or shuts it down (HSQLDB). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        OPEN.remove(this);
        if (activeObjects != null) {
            activeObjects.close();
        }
        pool.close();
        try {
            if (kind == TestDatabaseKind.HSQLDB) {
                shutDownHsqldb();
            } else {
                PostgresDatabases.drop(server, name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not remove test database " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }

    /** Empties every table, keeping the schema; sequences and identities start again. */
    synchronized void emptyTables() throws SQLException {
        requireOpen();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            if (kind == TestDatabaseKind.HSQLDB) {
                statement.execute("TRUNCATE SCHEMA PUBLIC RESTART IDENTITY AND COMMIT NO CHECK");
                return;
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT format('%I.%I', schemaname, tablename) FROM pg_tables"
                    + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                statement.execute("TRUNCATE TABLE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
            }
        }
    }

    private static TestDatabase openOnPostgres(String name) {
        PostgresServer server = PostgresServer.get().orElseThrow(() ->
                MissingPostgres.forThisJvm().outcome(PostgresServer.unavailableReason(), MissingPostgres.onCi()));
        if (FIRST_POSTGRES.getAndSet(false)) {
            PostgresDatabases.dropAbandoned(server);
        }
        try {
            PostgresDatabases.create(server, name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + " on " + server.adminJdbcUrl()
                    + ": " + e.getMessage(), e);
        }
        try {
            return new TestDatabase(TestDatabaseKind.POSTGRESQL, name, server.jdbcUrl(name), server.user(), server.password(),
                    server);
        } catch (RuntimeException e) {
            try {
                PostgresDatabases.drop(server, name);
            } catch (SQLException dropFailed) {
                e.addSuppressed(dropFailed);
            }
            throw e;
        }
    }

    private void shutDownHsqldb() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("test database " + name + " is closed");
        }
    }

    private static HikariDataSource pool(String name, String jdbcUrl, String username, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static void closeAllQuietly() {
        for (TestDatabase database : List.copyOf(OPEN)) {
            try {
                database.close();
            } catch (RuntimeException e) {
                // the JVM is going away; a throwaway server may already be gone with it
            }
        }
    }
}
