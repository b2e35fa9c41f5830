package org.relman.host.ao;

import com.atlassian.activeobjects.spi.DatabaseType;
import net.java.ao.DatabaseProvider;
import net.java.ao.DisposableDataSource;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** The databases the facade supports, recognised from JDBC metadata. */
enum DatabaseKind {

    HSQLDB(DatabaseType.HSQL) {
        @Override
        DatabaseProvider provider(DisposableDataSource dataSource, String schema) {
            // HSQLDB's provider ignores the schema; its dispose() runs SHUTDOWN, which the facade never calls.
            return new HSQLDatabaseProvider(dataSource);
        }
    },
    POSTGRESQL(DatabaseType.POSTGRESQL) {
        @Override
        DatabaseProvider provider(DisposableDataSource dataSource, String schema) {
            // Without a schema AO reads table metadata from every schema of the database.
            return new PostgreSQLDatabaseProvider(dataSource, schema);
        }
    };

    private final DatabaseType jiraType;

    DatabaseKind(DatabaseType jiraType) {
        this.jiraType = jiraType;
    }

    abstract DatabaseProvider provider(DisposableDataSource dataSource, String schema);

    DatabaseType jiraType() {
        return jiraType;
    }

    /** What a connection of the DataSource reports: the kind and the schema it works in. */
    record Detected(DatabaseKind kind, String schema) {
    }

    static Detected detect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String product = metaData.getDatabaseProductName();
            String lower = product == null ? "" : product.toLowerCase(Locale.ENGLISH);
            if (lower.startsWith("hsql")) {
                return new Detected(HSQLDB, connection.getSchema());
            }
            if (lower.startsWith("postgresql")) {
                return new Detected(POSTGRESQL, connection.getSchema());
            }
            throw new IllegalArgumentException("Unsupported database '" + product + "' (" + metaData.getURL()
                    + "): EntityManagerActiveObjects supports HSQLDB and PostgreSQL only");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open a connection to detect the database: " + e.getMessage(), e);
        }
    }
}
