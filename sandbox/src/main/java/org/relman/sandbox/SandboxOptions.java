package org.relman.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the sandbox was asked to run. The defaults match {@code atlas-run}: http://localhost:2990/jira.
 *
 * @param port         TCP port; 0 picks a free one (tests)
 * @param contextPath  "" for the root, otherwise "/name" without a trailing slash
 * @param dataDir      where the default HSQLDB file database lives
 * @param jdbcUrl      another database instead (PostgreSQL, or an in-memory HSQLDB for tests); null for the default
 * @param demoData     whether to seed the demo CMDB on first start
 */
public record SandboxOptions(int port, String contextPath, Path dataDir, String jdbcUrl, String dbUser,
                             String dbPassword, boolean demoData) {

    public static final int DEFAULT_PORT = 2990;
    public static final String DEFAULT_CONTEXT_PATH = "/jira";
    public static final Path DEFAULT_DATA_DIR = Path.of("sandbox-data");

    public static final String USAGE = """
            Usage: run-sandbox.sh [options]   (or: java -jar relman-sandbox.jar [options])

              --port N               HTTP port (default 2990)
              --context-path PATH    context path (default /jira; "/" for the root)
              --data-dir DIR         where the HSQLDB file database lives (default ./sandbox-data)
              --jdbc-url URL         use this database instead, e.g. jdbc:postgresql://localhost:5432/relman
              --db-user USER         database user for --jdbc-url
              --db-password SECRET   database password for --jdbc-url
              --no-demo-data         do not seed the demo CMDB on first start
              --help                 show this text
            """;

    public SandboxOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, was " + port);
        }
        contextPath = normaliseContextPath(contextPath);
        dataDir = dataDir == null ? DEFAULT_DATA_DIR : dataDir;
    }

    public static SandboxOptions defaults() {
        return new SandboxOptions(DEFAULT_PORT, DEFAULT_CONTEXT_PATH, DEFAULT_DATA_DIR, null, null, null, true);
    }

    /** Parses {@code --name value} and {@code --name=value}; throws {@link IllegalArgumentException} with a reason. */
    public static SandboxOptions parse(String... args) {
        SandboxOptions o = defaults();
        List<String> queue = new ArrayList<>(List.of(args));
        while (!queue.isEmpty()) {
            String arg = queue.remove(0);
            String name = arg;
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inlineValue = arg.substring(eq + 1);
            }
            switch (name) {
                case "--no-demo-data" -> o = o.withDemoData(false);
                case "--port" -> o = o.withPort(parsePort(value(name, inlineValue, queue)));
                case "--context-path" -> o = new SandboxOptions(o.port, value(name, inlineValue, queue), o.dataDir,
                        o.jdbcUrl, o.dbUser, o.dbPassword, o.demoData);
                case "--data-dir" -> o = new SandboxOptions(o.port, o.contextPath, Path.of(value(name, inlineValue, queue)),
                        o.jdbcUrl, o.dbUser, o.dbPassword, o.demoData);
                case "--jdbc-url" -> o = o.withDatabase(value(name, inlineValue, queue), o.dbUser, o.dbPassword);
                case "--db-user" -> o = o.withDatabase(o.jdbcUrl, value(name, inlineValue, queue), o.dbPassword);
                case "--db-password" -> o = o.withDatabase(o.jdbcUrl, o.dbUser, value(name, inlineValue, queue));
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (o.jdbcUrl == null && (o.dbUser != null || o.dbPassword != null)) {
            throw new IllegalArgumentException("--db-user and --db-password go with --jdbc-url");
        }
        if (o.jdbcUrl != null && !o.jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("--jdbc-url must start with jdbc:, was " + o.jdbcUrl);
        }
        return o;
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, contextPath, dataDir, jdbcUrl, dbUser, dbPassword, demoData);
    }

    public SandboxOptions withDemoData(boolean seed) {
        return new SandboxOptions(port, contextPath, dataDir, jdbcUrl, dbUser, dbPassword, seed);
    }

    public SandboxOptions withDatabase(String url, String user, String password) {
        return new SandboxOptions(port, contextPath, dataDir, url, user, password, demoData);
    }

    public SandboxOptions withDataDir(Path dir) {
        return new SandboxOptions(port, contextPath, dir, jdbcUrl, dbUser, dbPassword, demoData);
    }

    private static String value(String name, String inlineValue, List<String> queue) {
        if (inlineValue != null) {
            return inlineValue;
        }
        if (queue.isEmpty() || queue.get(0).startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return queue.remove(0);
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, was " + text);
        }
    }

    private static String normaliseContextPath(String path) {
        String p = path == null ? DEFAULT_CONTEXT_PATH : path.trim();
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (!p.isEmpty() && !p.startsWith("/")) {
            p = "/" + p;
        }
        if (p.contains("//") || p.chars().anyMatch(Character::isWhitespace) || p.toLowerCase(Locale.ROOT).contains("%")) {
            throw new IllegalArgumentException("--context-path must be a plain path like /jira, was " + path);
        }
        return p;
    }
}
