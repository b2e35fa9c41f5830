package org.relman.testkit.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void takesHostPortAndParametersFromRelmanPgUrl() throws PostgresUnavailableException {
        PostgresServer server = PostgresServer.fromUrl("jdbc:postgresql://db.example:6543/jira?sslmode=require", "relman", "secret");

        assertThat(server.host()).isEqualTo("db.example");
        assertThat(server.port()).isEqualTo(6543);
        assertThat(server.user()).isEqualTo("relman");
        assertThat(server.adminJdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/jira?sslmode=require");
        assertThat(server.jdbcUrl("relman_test_1")).isEqualTo("jdbc:postgresql://db.example:6543/relman_test_1?sslmode=require");
        assertThat(server.local()).isFalse();
    }

    @Test
    void defaultsToPort5432AndThePostgresDatabase() throws PostgresUnavailableException {
        PostgresServer server = PostgresServer.fromUrl("jdbc:postgresql://localhost/", "postgres", "");

        assertThat(server.adminJdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/postgres");
        assertThat(server.local()).isTrue();
    }

    @Test
    void namesTheFormItWantsForAnUnusableUrl() {
        assertThatThrownBy(() -> PostgresServer.fromUrl("postgres://localhost/test", "postgres", ""))
                .hasMessageContaining("RELMAN_PG_URL=postgres://localhost/test is not of the form jdbc:postgresql://");
    }

    @Test
    void saysWhichServerItUsesOrWhyThereIsNone() {
        if (PostgresServer.get().isPresent()) {
            assertThat(PostgresServer.unavailableReason()).isEmpty();
            assertThat(PostgresServer.get().get().adminJdbcUrl()).startsWith("jdbc:postgresql://");
        } else {
            assertThat(PostgresServer.unavailableReason()).isNotBlank();
        }
    }
}
