package org.relman.host.ao;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import net.java.ao.DBParam;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityManagerActiveObjectsCreateTest {

    @Test
    void refusesADatabaseOtherThanHsqldbOrPostgresqlNamingIt() {
        DataSource mysql = fakeDataSource("MySQL", "jdbc:mysql://db/jira");

        assertThatThrownBy(() -> EntityManagerActiveObjects.create(mysql, "org.relman"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MySQL")
                .hasMessageContaining("HSQLDB and PostgreSQL");
    }

    @Test
    void refusesANullDataSource() {
        assertThatThrownBy(() -> EntityManagerActiveObjects.create(null, "org.relman"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void worksOverAConnectionPoolAndHandsEveryConnectionBack() {
        try (HsqlTestDatabase hsql = new HsqlTestDatabase(); HikariDataSource pool = pool(hsql.dataSource());
             EntityManagerActiveObjects ao = EntityManagerActiveObjects.create(pool, "org.relman")) {
            ao.migrate(ChangeRequest.class);
            for (int i = 0; i < 10; i++) {
                String title = "request " + i;
                ao.executeInTransaction(() -> ao.create(ChangeRequest.class, new DBParam("TITLE", title)));
                assertThatThrownBy(() -> ao.executeInTransaction(() -> {
                    ao.create(ChangeRequest.class, new DBParam("TITLE", "rolled back"));
                    throw new IllegalStateException("refused");
                })).hasMessage("refused");
            }

            assertThat(ao.count(ChangeRequest.class)).isEqualTo(10);
            assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
        }
    }

    private static HikariDataSource pool(DataSource target) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(target);
        config.setMaximumPoolSize(2);
        config.setPoolName("jira-host-test");
        return new HikariDataSource(config);
    }

    private static DataSource fakeDataSource(String product, String url) {
        DatabaseMetaData metaData = proxy(DatabaseMetaData.class, (proxy, method, args) -> switch (method.getName()) {
            case "getDatabaseProductName" -> product;
            case "getURL" -> url;
            default -> throw new UnsupportedOperationException(method.getName());
        });
        Connection connection = proxy(Connection.class, (proxy, method, args) -> switch (method.getName()) {
            case "getMetaData" -> metaData;
            case "close" -> null;
            default -> throw new UnsupportedOperationException(method.getName());
        });
        return proxy(DataSource.class, (proxy, method, args) -> {
            if (method.getName().equals("getConnection")) {
                return connection;
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
