package org.relman.sandbox.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.relman.sandbox.SandboxOptions;

/**
 * The sandbox's one database: by default an HSQLDB file database in the data directory (the
 * database Jira's own development instances use), or whatever {@code --jdbc-url} names.
 */
public final class SandboxDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final String description;
    private final boolean hsqldb;

    private SandboxDatabase(HikariDataSource dataSource, String description, boolean hsqldb) {
        this.dataSource = dataSource;
        this.description = description;
        this.hsqldb = hsqldb;
    }

    public static SandboxDatabase open(SandboxOptions options) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("relman-sandbox");
        config.setMaximumPoolSize(10);
        config.setInitializationFailTimeout(1);
        String description;
        if (options.jdbcUrl() == null) {
            Path dir = options.dataDir().toAbsolutePath().normalize();
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot create the data directory " + dir + ": " + e.getMessage(), e);
            }
            config.setJdbcUrl("jdbc:hsqldb:file:" + dir.resolve("relman") + ";hsqldb.tx=mvcc");
            config.setUsername("SA");
            config.setPassword("");
            description = "HSQLDB file database in " + dir;
        } else {
            config.setJdbcUrl(options.jdbcUrl());
            config.setUsername(options.dbUser() == null && options.jdbcUrl().startsWith("jdbc:hsqldb:") ? "SA" : options.dbUser());
            config.setPassword(options.dbPassword() == null ? "" : options.dbPassword());
            description = options.jdbcUrl();
        }
        try {
            return new SandboxDatabase(new HikariDataSource(config), description, config.getJdbcUrl().startsWith("jdbc:hsqldb:"));
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (options.jdbcUrl() == null && String.valueOf(cause.getMessage()).contains("lock")) {
                throw new IllegalStateException("The data directory " + options.dataDir().toAbsolutePath().normalize()
                        + " is in use by another sandbox (HSQLDB's lock file relman.lck). Stop that sandbox, or choose"
                        + " another --data-dir.", e);
            }
            throw new IllegalStateException("Cannot connect to " + description + ": " + cause.getMessage(), e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Where the data lives, for the start-up banner. */
    public String description() {
        return description;
    }

    /** HSQLDB writes its files cleanly only when told to shut down. */
    @Override
    public void close() {
        if (hsqldb && !dataSource.isClosed()) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                // already down: nothing left to write
            }
        }
        dataSource.close();
    }
}
