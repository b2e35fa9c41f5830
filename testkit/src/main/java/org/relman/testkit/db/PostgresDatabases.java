package org.relman.testkit.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creating and dropping databases on a {@link PostgresServer}, including test databases left on a local
 * server by JVMs that were killed before they could drop them: those are dropped only when their name
 * says they are older than six hours and nobody is connected.
 */
final class PostgresDatabases {

    static final String TEST_PREFIX = "relman_test_";
    private static final Pattern TEST_NAME = Pattern.compile(TEST_PREFIX + "(\\d+)_[0-9a-f]+");
    private static final Duration ABANDONED_AFTER = Duration.ofHours(6);

    private PostgresDatabases() {
    }

    /** A new test database name that carries its creation time, for {@link #dropAbandoned}. */
    static String newTestName(String randomHex) {
        return TEST_PREFIX + Instant.now().getEpochSecond() + "_" + randomHex;
    }

    /** UTF-8 with C collation, as Atlassian asks for Jira's own database. */
    static void create(PostgresServer server, String name) throws SQLException {
        try (Connection admin = server.connectAdmin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        }
    }

    static void createUnlessExists(PostgresServer server, String name) throws SQLException {
        try (Connection admin = server.connectAdmin();
             PreparedStatement exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        }
        create(server, name);
    }

    /** Drops the database even if connections to it are still open. */
    static void drop(PostgresServer server, String name) throws SQLException {
        try (Connection admin = server.connectAdmin(); Statement statement = admin.createStatement()) {
            if (admin.getMetaData().getDatabaseMajorVersion() >= 13) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } else {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
                statement.execute("DROP DATABASE IF EXISTS " + name);
            }
        }
    }

    static void dropAbandoned(PostgresServer server) {
        if (!server.local()) {
            return;
        }
        try (Connection admin = server.connectAdmin()) {
            for (String name : abandoned(admin)) {
                try (Statement drop = admin.createStatement()) {
                    drop.execute("DROP DATABASE IF EXISTS " + name);
                }
            }
        } catch (SQLException e) {
            // tidying up is a courtesy; never let it stand in the way of a test run
        }
    }

    private static List<String> abandoned(Connection admin) throws SQLException {
        long cutoff = Instant.now().minus(ABANDONED_AFTER).getEpochSecond();
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = admin.prepareStatement(
                "SELECT datname FROM pg_database d WHERE datname LIKE 'relman\\_test\\_%'"
                        + " AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Matcher matcher = TEST_NAME.matcher(rows.getString(1));
                if (matcher.matches() && Long.parseLong(matcher.group(1)) < cutoff) {
                    names.add(matcher.group());
                }
            }
        }
        return names;
    }
}
