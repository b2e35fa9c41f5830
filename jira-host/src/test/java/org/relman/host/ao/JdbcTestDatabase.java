package org.relman.host.ao;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Raw-JDBC helpers shared by the HSQLDB and PostgreSQL test databases. */
abstract class JdbcTestDatabase implements TestDatabase {

    @Override
    public int countRows(String table) {
        try (Connection connection = dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void execute(String sql) {
        run(dataSource(), sql);
    }

    static void run(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
