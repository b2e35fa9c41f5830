package org.relman.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.relman.testkit.db.TestDatabase;
import org.relman.testkit.db.TestDatabaseKind;

/** {@code --jdbc-url} on a fresh PostgreSQL database: the plugin's tables and the issue store are made there. */
class SandboxOnPostgresIT {

    @Test
    void startsOnPostgresAndStoresAnItem() {
        try (TestDatabase database = TestDatabase.open(TestDatabaseKind.POSTGRESQL)) {
            SandboxOptions options = SandboxOptions.parse("--port", "0", "--no-demo-data",
                    "--jdbc-url", database.jdbcUrl(), "--db-user", database.username(), "--db-password", database.password());
            try (Sandbox sandbox = Sandbox.start(options)) {
                SandboxClient client = SandboxClient.forScripts(sandbox.baseUrl());

                HttpResponse<String> created = client.postJson("/rest/relman/1.0/cmdb/items", "connie",
                        "{\"key\":\"DB-PG\",\"name\":\"Reporting database\",\"type\":\"database\",\"environment\":\"production\"}");
                HttpResponse<String> read = client.get("/rest/relman/1.0/cmdb/items/DB-PG", "rita");

                assertThat(sandbox.databaseDescription()).startsWith("jdbc:postgresql:");
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                assertThat(read.body()).contains("Reporting database");
                SandboxClient browser = SandboxClient.withCookies(sandbox.baseUrl());
                assertThat(browser.postForm("/login.jsp", null,
                        SandboxClient.form("os_username", "rob", "os_password", "rob")).statusCode()).isEqualTo(302);
                assertThat(browser.get("/browse/REL-1", null).body()).contains("CRM 5.2 release");
            }
        }
    }
}
