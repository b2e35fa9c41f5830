/**
 * Real databases for persistence tests: every repository test runs on in-memory HSQLDB and on a real
 * PostgreSQL server.
 *
 * <h2>Contract tests</h2>
 * One abstract contract class per repository port holds the tests and implements {@link
 * org.relman.testkit.db.OnDatabase}; one subclass per database picks the database by implementing
 * {@link org.relman.testkit.db.OnHsqldb} or {@link org.relman.testkit.db.OnPostgres}, and has no body:
 * <pre>{@code
 * abstract class ConfigurationItemRepositoryContract implements OnDatabase {
 *
 *     private ConfigurationItemRepository repository;
 *
 *     @BeforeEach
 *     void createRepository() {
 *         repository = new AoConfigurationItemRepository(database().activeObjects(ConfigurationItemAO.class));
 *     }
 *
 *     @Test
 *     void findsASavedItemByKey() { ... }
 * }
 *
 * class ConfigurationItemRepositoryOnHsqldbIT extends ConfigurationItemRepositoryContract implements OnHsqldb {}
 * class ConfigurationItemRepositoryOnPostgresIT extends ConfigurationItemRepositoryContract implements OnPostgres {}
 * }</pre>
 * The contract implements {@code OnDatabase} rather than declaring {@code protected abstract TestDatabase
 * database()}: Java lets an abstract method inherited from a superclass win over an interface's default
 * method, so the subclasses would have to implement it themselves.
 *
 * <p>To run the same contract against an in-memory fake of the port, build the repository in an overridable
 * contract method ({@code protected ConfigurationItemRepository newRepository()}, using {@code database()});
 * the fake's subclass overrides it and implements {@code database()} by throwing, since it never needs one.
 *
 * <h2>Lifecycle</h2>
 * Each concrete test class gets one fresh {@link org.relman.testkit.db.TestDatabase}, opened when a test
 * first calls {@code database()} (or declares a {@code TestDatabase} parameter), emptied after every test
 * and dropped after the class; {@code @Nested} classes share their outer class's. Emptying keeps the schema
 * and migrated Active Objects tables and starts identities and sequences again at their first value, so
 * every test starts from empty tables. Seed data in {@code @BeforeEach}, not {@code @BeforeAll}. Tests of one
 * class must not run concurrently with each other; separate classes may.
 *
 * <p>Why per class: measured on a project machine, opening a PostgreSQL test database ({@code CREATE
 * DATABASE} plus the pool) takes about 130 ms and dropping it about 15 ms, before Active Objects migrates
 * any table into it, while emptying ten tables takes about 20 ms. HSQLDB costs about 12 ms to open and well
 * under 1 ms to empty. {@code TestDatabaseTimings} in the test sources prints these figures.
 *
 * <h2>Which PostgreSQL</h2>
 * {@link org.relman.testkit.db.PostgresServer} finds one, in this order: {@code RELMAN_PG_URL} (with {@code
 * RELMAN_PG_USER}, {@code RELMAN_PG_PASSWORD}); the server on 127.0.0.1:5432 as user {@code postgres} with
 * trust authentication; a throwaway cluster started from Debian's binaries ({@code /usr/lib/postgresql/<version>/bin},
 * newest first), stopped and deleted at JVM exit. {@code -Drelman.pg.forceThrowaway=true} goes straight to
 * the throwaway cluster. Each test database is {@code CREATE DATABASE relman_test_<epoch seconds>_<random>},
 * UTF-8 with C collation, and is dropped on close.
 *
 * <h2>When there is none</h2>
 * With {@code CI=true} in the environment (or {@code -Drelman.ci=true}) every PostgreSQL test fails with the
 * reason. Elsewhere (or with {@code -Drelman.ci=false}) every PostgreSQL test is skipped, its reason saying
 * {@code PostgreSQL tests SKIPPED: <reason> — install postgresql or set RELMAN_PG_URL}, and a banner saying
 * the same goes to stderr once per JVM.
 *
 * <p>For a server outside the tests (the sandbox's {@code --jdbc-url}), run {@link
 * org.relman.testkit.db.PostgresServerMain}.
 */
package org.relman.testkit.db;
