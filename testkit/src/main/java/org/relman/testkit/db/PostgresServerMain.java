package org.relman.testkit.db;

/**
 * Finds or starts a PostgreSQL server the way tests do, prints its JDBC URL on stdout (one line, nothing
 * else there) and waits until killed; a throwaway cluster is stopped and deleted on SIGTERM or Ctrl-C.
 *
 * <pre>
 * java -cp ... org.relman.testkit.db.PostgresServerMain [--throwaway] [--database NAME]
 * </pre>
 * {@code --throwaway} starts a throwaway cluster even when a server runs on 127.0.0.1:5432;
 * {@code --database NAME} creates that database unless it exists (it is kept) and prints its URL
 * instead of the maintenance database's, ready for the sandbox's {@code --jdbc-url}.
 */
public final class PostgresServerMain {

    private PostgresServerMain() {
    }

    public static void main(String[] args) throws Exception {
        String database = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--throwaway" -> System.setProperty(PostgresServer.FORCE_THROWAWAY_PROPERTY, "true");
                case "--database" -> database = requireValue(args, ++i);
                default -> {
                    System.err.println("usage: PostgresServerMain [--throwaway] [--database NAME]");
                    System.exit(2);
                }
            }
        }
        PostgresServer server = PostgresServer.get().orElse(null);
        if (server == null) {
            System.err.println("No PostgreSQL server: " + PostgresServer.unavailableReason());
            System.exit(1);
            return;
        }
        String url = server.adminJdbcUrl();
        if (database != null) {
            PostgresDatabases.createUnlessExists(server, database);
            url = server.jdbcUrl(database);
        }
        System.out.println(url);
        System.out.flush();
        System.err.println("[relman-testkit] user " + server.user() + ", no password; waiting until killed");
        Thread.currentThread().join();
    }

    private static String requireValue(String[] args, int index) {
        if (index >= args.length || !args[index].matches("[a-z_][a-z0-9_]{0,62}")) {
            System.err.println("--database needs a lower-case name of letters, digits and underscores");
            System.exit(2);
        }
        return args[index];
    }
}
