package org.relman.testkit.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class DatabaseExtensionTest {

    @Test
    void sharesTheOuterClassDatabaseWithNestedTests() {
        Events tests = run(WithNestedTests.class);

        assertThat(tests.succeeded().count()).isEqualTo(2);
        assertThat(tests.failed().count()).isZero();
    }

    @Test
    void explainsATestDatabaseParameterInAClassThatChoseNoDatabase() {
        Events tests = run(ChoosesNoDatabase.class);

        assertThat(firstFailure(tests)).contains("asks for a TestDatabase; implement OnHsqldb or OnPostgres");
    }

    @Test
    void refusesAClassThatChoseBothDatabases() {
        Events tests = run(ChoosesBothDatabases.class);

        assertThat(firstFailure(tests)).contains("implements both OnHsqldb and OnPostgres");
    }

    @Test
    void explainsDatabaseOutsideAJunitRun() {
        OnHsqldb notATest = new OnHsqldb() { };

        org.assertj.core.api.Assertions.assertThatThrownBy(notATest::database)
                .hasMessageContaining("works only inside a JUnit 5 test of a class that implements OnHsqldb or OnPostgres");
    }

    private static Events run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
    }

    private static String firstFailure(Events tests) {
        return tests.failed().stream().findFirst()
                .flatMap(event -> event.getPayload(TestExecutionResult.class))
                .flatMap(TestExecutionResult::getThrowable)
                .map(Throwable::getMessage)
                .orElse("(no failure)");
    }

    static class WithNestedTests implements OnHsqldb {

        @Test
        void outer(TestDatabase parameter) {
            assertThat(parameter).isSameAs(database());
        }

        @Nested
        class Inner {
            @Test
            void inner(TestDatabase parameter) {
                assertThat(parameter).isSameAs(database());
            }
        }
    }

    @ExtendWith(DatabaseExtension.class)
    static class ChoosesNoDatabase {
        @Test
        void asks(TestDatabase database) {
        }
    }

    static class ChoosesBothDatabases implements OnHsqldb, OnPostgres {
        @Override
        public TestDatabase database() {
            return OnHsqldb.super.database();
        }

        @Test
        void asks(TestDatabase database) {
        }
    }
}
