package org.relman.testkit.db;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a contract test class implements to reach its database; a subclass picks which one by also
 * implementing {@link OnHsqldb} or {@link OnPostgres}. See the package documentation for the pattern.
 */
@ExtendWith(DatabaseExtension.class)
public interface OnDatabase {

    /**
     * The database of this test class: fresh when the class starts, emptied after every test, dropped
     * after the class. Available from {@code @BeforeEach}, tests and {@code @AfterEach}.
     */
    TestDatabase database();
}
