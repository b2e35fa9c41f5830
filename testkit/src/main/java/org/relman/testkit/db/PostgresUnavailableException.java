package org.relman.testkit.db;

/** Why one way of getting a PostgreSQL server did not work; its message ends up in the skip or failure. */
final class PostgresUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    PostgresUnavailableException(String reason) {
        super(reason);
    }

    PostgresUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
