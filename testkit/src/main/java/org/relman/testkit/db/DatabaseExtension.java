package org.relman.testkit.db;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.jupiter.api.extension.TestInstancePreDestroyCallback;

/**
 * JUnit 5 extension behind {@link OnHsqldb} and {@link OnPostgres}: one {@link TestDatabase} per test
 * class, of the kind the class implements, opened when a test first asks for it, emptied after each
 * test, closed after the class. It resolves {@link TestDatabase} parameters of test, lifecycle and
 * constructor methods to that same database.
 *
 * <p>Before each test of an {@link OnPostgres} class it makes sure a PostgreSQL server can be had; when none
 * can, the test fails on CI ({@code CI=true}, or {@code -Drelman.ci=true}) and is skipped elsewhere, after a
 * banner on stderr (once per JVM) that says why.
 */
public final class DatabaseExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver,
        TestInstancePostProcessor, TestInstancePreDestroyCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DatabaseExtension.class);
    private static final Map<Object, ClassDatabase> BY_TEST_INSTANCE = Collections.synchronizedMap(new IdentityHashMap<>());

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        classContext(context).ifPresent(classContext -> BY_TEST_INSTANCE.put(testInstance, classDatabase(classContext)));
    }

    @Override
    public void preDestroyTestInstance(ExtensionContext context) {
        context.getTestInstances().ifPresent(instances -> instances.getAllInstances().forEach(BY_TEST_INSTANCE::remove));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        boolean onPostgres = classContext(context).map(classContext -> kindOf(classContext.getRequiredTestClass()))
                .filter(TestDatabaseKind.POSTGRESQL::equals).isPresent();
        if (onPostgres && PostgresServer.get().isEmpty()) {
            throw MissingPostgres.forThisJvm().outcome(PostgresServer.unavailableReason(), MissingPostgres.onCi());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        Optional<ClassDatabase> database = classContext(context)
                .map(classContext -> classContext.getStore(NAMESPACE).get(ClassDatabase.class, ClassDatabase.class));
        if (database.isPresent()) {
            database.get().emptyIfOpen();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = classContext(context).orElseThrow(() -> new ParameterResolutionException(
                context.getRequiredTestClass().getName() + " asks for a TestDatabase; implement OnHsqldb or OnPostgres to choose it"));
        return classDatabase(classContext).database();
    }

    /** The database of the test class {@code testInstance} belongs to; what {@link OnHsqldb#database()} returns. */
    static TestDatabase databaseOf(Object testInstance) {
        ClassDatabase database = BY_TEST_INSTANCE.get(testInstance);
        if (database == null) {
            throw new IllegalStateException(testInstance.getClass().getName() + " is not run by " + DatabaseExtension.class.getName()
                    + "; database() works only inside a JUnit 5 test of a class that implements OnHsqldb or OnPostgres");
        }
        return database.database();
    }

    /** The context of the innermost test class that chose a database; {@code @Nested} classes share their outer class's. */
    private static Optional<ExtensionContext> classContext(ExtensionContext context) {
        for (ExtensionContext current = context; current != null; current = current.getParent().orElse(null)) {
            boolean choosesDatabase = current.getTestMethod().isEmpty() && current.getTestClass()
                    .filter(testClass -> OnHsqldb.class.isAssignableFrom(testClass) || OnPostgres.class.isAssignableFrom(testClass))
                    .isPresent();
            if (choosesDatabase) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    private static ClassDatabase classDatabase(ExtensionContext classContext) {
        Class<?> testClass = classContext.getRequiredTestClass();
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(ClassDatabase.class, key -> new ClassDatabase(testClass), ClassDatabase.class);
    }

    static TestDatabaseKind kindOf(Class<?> testClass) {
        if (OnHsqldb.class.isAssignableFrom(testClass) && OnPostgres.class.isAssignableFrom(testClass)) {
            throw new IllegalStateException(testClass.getName() + " implements both OnHsqldb and OnPostgres; implement one");
        }
        return OnPostgres.class.isAssignableFrom(testClass) ? TestDatabaseKind.POSTGRESQL : TestDatabaseKind.HSQLDB;
    }

    /** The test class's database, opened on first use and closed with the class's extension context. */
    private static final class ClassDatabase implements ExtensionContext.Store.CloseableResource {

        private final Class<?> testClass;
        private TestDatabase database;

        ClassDatabase(Class<?> testClass) {
            this.testClass = testClass;
        }

        synchronized TestDatabase database() {
            if (database == null) {
                database = TestDatabase.open(kindOf(testClass));
            }
            return database;
        }

        synchronized void emptyIfOpen() throws SQLException {
            if (database != null) {
                database.emptyTables();
            }
        }

        @Override
        public synchronized void close() {
            if (database != null) {
                database.close();
            }
        }
    }
}
