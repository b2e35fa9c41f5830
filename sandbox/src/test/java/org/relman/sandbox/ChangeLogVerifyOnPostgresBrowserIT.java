package org.relman.sandbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.relman.testkit.db.TestDatabase;
import org.relman.testkit.db.TestDatabaseKind;

/**
 * The change-log page on PostgreSQL: the sandbox runs on a testkit database, a vote is cast through REST, the
 * page says the chain is intact; a row's payload edited with JDBC (quoted upper-case names, as AO made them)
 * and the page names that entry.
 */
class ChangeLogVerifyOnPostgresBrowserIT {

    @Test
    void theVerifyPageNamesAPayloadEditedInPostgres() throws SQLException {
        HeadlessChromium.requireChromium();
        try (TestDatabase database = TestDatabase.open(TestDatabaseKind.POSTGRESQL);
             Sandbox sandbox = Sandbox.start(SandboxOptions.parse("--port", "0", "--no-demo-data", "--jdbc-url", database.jdbcUrl(),
                     "--db-user", database.username(), "--db-password", database.password()));
             HeadlessChromium chromium = HeadlessChromium.launch()) {
            SandboxClient rest = SandboxClient.forScripts(sandbox.restBaseUrl());
            HttpResponse<String> cab = rest.postJson("/change/cabs", "chris", "{\"name\":\"PG CAB\",\"defaultCab\":true,"
                    + "\"rule\":{\"quorum\":1,\"minApprovals\":1},\"members\":[{\"kind\":\"user\",\"user\":\"carl\"}]}");
            assertThat(cab.statusCode()).as(cab.body()).isEqualTo(201);
            assertThat(rest.postJson("/change/rfcs/CHG-3/submit", "chris", "{}").statusCode()).isEqualTo(200);
            assertThat(rest.postJson("/change/rfcs/CHG-3/votes", "carl", "{\"vote\":\"approve\",\"comment\":\"ok\"}").statusCode())
                    .isEqualTo(200);

            Page page = chromium.newPage();
            page.navigate(sandbox.baseUrl() + "/login.jsp?os_destination=%2Fplugins%2Fservlet%2Frelman%2Faudit");
            page.fill("#login-form-username", "admin");
            page.fill("#login-form-password", "admin");
            page.click("#login-form-submit");
            assertThat(page.locator("#audit-result")).containsText(Pattern.compile("intact: \\d+ entries"));

            long seq;
            try (Connection c = database.dataSource().getConnection();
                 PreparedStatement edit = c.prepareStatement("UPDATE \"AO_301B80_AUDIT_ENTRY\" SET \"PAYLOAD\" = \"PAYLOAD\" || ' '"
                         + " WHERE \"SEQ_NO\" = (SELECT MIN(\"SEQ_NO\") FROM \"AO_301B80_AUDIT_ENTRY\" WHERE \"ENTRY_KIND\" = 'VOTE_CAST')"
                         + " RETURNING \"SEQ_NO\"")) {
                var rs = edit.executeQuery();
                assertThat(rs.next()).isTrue();
                seq = rs.getLong(1);
            }
            page.click("#audit-verify");
            assertThat(page.locator("#audit-result")).containsText("broken at entry " + seq);
            assertThat(page.locator("#audit-report td[data-field=brokenAt]")).hasText(String.valueOf(seq));
            HeadlessChromium.screenshot(page, "change-log-broken-postgres");
        }
    }
}
