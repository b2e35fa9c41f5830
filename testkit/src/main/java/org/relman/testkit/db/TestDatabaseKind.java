package org.relman.testkit.db;

/** The databases every repository test runs on. */
public enum TestDatabaseKind {
    /** In-memory HSQLDB 2.7, the database Jira's own development instances use. */
    HSQLDB,
    /** A real PostgreSQL server, found or started by {@link PostgresServer}. */
    POSTGRESQL
}
