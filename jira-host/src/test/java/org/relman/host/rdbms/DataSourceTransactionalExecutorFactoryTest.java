package org.relman.host.rdbms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DataSourceTransactionalExecutorFactoryTest {
    private final JDBCDataSource dataSource = new JDBCDataSource();
    private TransactionalExecutorFactory factory;

    @BeforeEach
    void createTable() throws SQLException {
        dataSource.setUrl("jdbc:hsqldb:mem:rdbms-" + UUID.randomUUID() + ";hsqldb.tx=mvcc");
        dataSource.setUser("SA");
        dataSource.setPassword("");
        sql("CREATE TABLE T (N INT)");
        factory = new DataSourceTransactionalExecutorFactory(dataSource);
    }

    @AfterEach
    void shutDown() throws SQLException {
        sql("SHUTDOWN");
    }

    @Test
    void commitsWhatTheCallbackWroteWhenItReturns() throws SQLException {
        int written = factory.create().execute(c -> update(c, "INSERT INTO T VALUES (1)"));

        assertThat(written).isEqualTo(1);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void rollsBackEverythingWhenTheCallbackThrowsAndRethrowsItUnchanged() throws SQLException {
        IllegalArgumentException failure = new IllegalArgumentException("bad row");

        assertThatThrownBy(() -> factory.create().execute(c -> {
            update(c, "INSERT INTO T VALUES (1)");
            throw failure;
        })).isSameAs(failure);

        assertThat(count()).isZero();
    }

    @Test
    void refusesToLetTheCallbackEndTheTransaction() {
        assertThatThrownBy(() -> factory.create().execute(c -> {
            try {
                c.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        })).isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("commit");
    }

    @Test
    void joinsTheTransactionRunningOnThisThreadUnlessAskedForANewOne() throws SQLException {
        assertThatThrownBy(() -> factory.create().execute(outer -> {
            update(outer, "INSERT INTO T VALUES (1)");
            factory.create().execute(inner -> update(inner, "INSERT INTO T VALUES (2)"));
            factory.createExecutor(false, true).execute(separate -> update(separate, "INSERT INTO T VALUES (3)"));
            throw new IllegalStateException("roll the outer one back");
        })).hasMessage("roll the outer one back");

        assertThat(count()).as("only the separate transaction's row stays").isEqualTo(1);
    }

    private static int update(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM T")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void sql(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
