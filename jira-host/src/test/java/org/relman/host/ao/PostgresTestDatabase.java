package org.relman.host.ao;

import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A throwaway database on the local PostgreSQL server (127.0.0.1:5432, user postgres, trust authentication;
 * override with RELMAN_PG_HOST / RELMAN_PG_PORT / RELMAN_PG_USER), dropped on close.
 */
final class PostgresTestDatabase extends JdbcTestDatabase {

    private final PGSimpleDataSource admin;
    private final PGSimpleDataSource dataSource;
    private final String name;

    private PostgresTestDatabase(PGSimpleDataSource admin, String name) {
        this.admin = admin;
        this.name = name;
        this.dataSource = server();
        dataSource.setDatabaseName(name);
        run(admin, "CREATE DATABASE " + name);
    }

    /** Empty when no server answers, so the tests that need one are skipped rather than failed. */
    static Optional<PostgresTestDatabase> createIfServerAvailable() {
        PGSimpleDataSource admin = server();
        admin.setDatabaseName("postgres");
        try (Connection ignored = admin.getConnection()) {
            String name = "relman_jirahost_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
            return Optional.of(new PostgresTestDatabase(admin, name));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static PGSimpleDataSource server() {
        PGSimpleDataSource server = new PGSimpleDataSource();
        server.setServerNames(new String[] {env("RELMAN_PG_HOST", "127.0.0.1")});
        server.setPortNumbers(new int[] {Integer.parseInt(env("RELMAN_PG_PORT", "5432"))});
        server.setUser(env("RELMAN_PG_USER", "postgres"));
        server.setConnectTimeout(3);
        return server;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        run(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
