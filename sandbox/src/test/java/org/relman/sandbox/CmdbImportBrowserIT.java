package org.relman.sandbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CSV import in headless Chromium, as Connie uses it: a file with broken rows is refused with a report naming
 * each row, column and rule (and nothing is imported); the corrected file imports, and the CIs are in the
 * browser; a relationship file follows. Rita, who is no configuration manager, is told why she may not import.
 */
class CmdbImportBrowserIT {

    private static final String PAGE = "/plugins/servlet/relman/cmdb/import";
    private static final String HOSTILE_NAME = "<img src=x onerror=\"window.__pwned=1\">";

    private static Sandbox sandbox;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() {
        HeadlessChromium.requireChromium();
        sandbox = Sandbox.start(TestSandboxes.inMemory(true));
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void connieSeesTheReportOfABrokenFileThenImportsItCorrected() {
        Page page = login("connie");
        List<String> dialogs = CmdbImpactBrowserIT.watchDialogs(page);
        page.navigate(sandbox.baseUrl() + "/plugins/servlet/relman/cmdb");
        page.click("#cmdb-import-link");
        page.waitForURL("**" + PAGE);
        assertThat(page.locator("h1")).hasText("Import into the CMDB");

        upload(page, "items", "cis.csv", """
                key,name,type,environment,status
                IMP-WEB,Import web front,application,production,active
                ,No key at all,application,production,active
                IMP-DB,Import database,database,production,sleeping
                """);
        assertThat(page.locator("#cmdb-import-messages")).containsText("Nothing was imported: 2 problems");
        Locator report = page.locator("#cmdb-import-errors tbody tr");
        assertThat(report).hasCount(2);
        assertThat(page.locator("#cmdb-import-errors tr[data-row='3'][data-column='key']")).containsText("key");
        assertThat(page.locator("#cmdb-import-errors tr[data-row='4'][data-column='status']")).containsText("status");
        HeadlessChromium.screenshot(page, "cmdb-import-report");
        assertThat(searchCount("IMP-")).isZero();

        upload(page, "items", "cis.csv", "key,name,type,environment,status\n"
                + "IMP-WEB,Import web front,application,production,active\n"
                + "IMP-XSS,\"" + HOSTILE_NAME.replace("\"", "\"\"") + "\",application,production,active\n"
                + "IMP-DB,Import database,database,production,active\n");
        assertThat(page.locator("#cmdb-import-messages")).containsText("Imported 3 rows: 3 created, 0 updated, 0 unchanged.");
        assertThat(page.locator("#cmdb-import-report")).isHidden();

        upload(page, "relationships", "links.csv", "source,target,type\nIMP-WEB,IMP-DB,depends-on\nIMP-XSS,NO-SUCH-CI,depends-on\n");
        assertThat(page.locator("#cmdb-import-errors tr[data-row='3'][data-column='target']")).containsText("NO-SUCH-CI");
        upload(page, "relationships", "links.csv", "source,target,type\nIMP-WEB,IMP-DB,depends-on\nIMP-XSS,IMP-DB,depends-on\n");
        assertThat(page.locator("#cmdb-import-messages")).containsText("Imported 2 rows");

        page.navigate(sandbox.baseUrl() + "/plugins/servlet/relman/cmdb?q=IMP-");
        assertThat(page.locator("#cmdb-results tbody tr[data-key]")).hasCount(3);
        assertThat(page.locator("#cmdb-results tr[data-key='IMP-XSS'] td[data-column=name]")).hasText(HOSTILE_NAME);
        page.click("#cmdb-results a:text-is('IMP-DB')");
        assertThat(page.locator("#cmdb-relationships-table tbody tr")).hasCount(2);
        HeadlessChromium.screenshot(page, "cmdb-imported-ci");
        assertThat(page.evaluate("typeof window.__pwned")).isEqualTo("undefined");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aLongImportRunsAsAJobWhoseProgressThePagePollsUntilItIsDone() {
        Page page = login("connie");
        page.navigate(sandbox.baseUrl() + PAGE);
        List<String> polls = new CopyOnWriteArrayList<>();
        page.onRequest(r -> {
            if ("GET".equals(r.method()) && r.url().matches(".*/cmdb/import/\\d+$")) {
                polls.add(r.url());
            }
        });
        StringBuilder csv = new StringBuilder("key,name,type\n");
        for (int i = 0; i < 2500; i++) {
            csv.append("BULK-").append(i).append(",Bulk item ").append(i).append(",server\n");
        }

        upload(page, "items", "bulk.csv", csv.toString());

        assertThat(page.locator("#cmdb-import-messages")).containsText("Imported 2500 rows: 2500 created",
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(polls).isNotEmpty();
        assertThat(page.locator("#cmdb-import-progress")).isHidden();
        assertThat(searchCount("BULK-1")).isPositive();
    }

    @Test
    void ritaIsToldThatImportingNeedsAConfigurationManager() {
        Page page = login("rita");
        Response response = page.navigate(sandbox.baseUrl() + PAGE);
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("body")).containsText("configuration manager");
        assertThat(page.locator("#cmdb-import-form")).hasCount(0);
        page.navigate(sandbox.baseUrl() + "/plugins/servlet/relman/cmdb");
        assertThat(page.locator("#cmdb-q")).isVisible();
        assertThat(page.locator("#cmdb-import-link")).hasCount(0);
    }

    private static void upload(Page page, String kind, String name, String csv) {
        page.click("label[for='cmdb-import-kind-" + kind + "']");
        assertThat(page.locator("#cmdb-import-kind-" + kind)).isChecked();
        page.setInputFiles("#cmdb-import-file", new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.waitForResponse(r -> r.url().contains("/cmdb/import/" + kind), () -> page.click("#cmdb-import-submit"));
        assertThat(page.locator("#cmdb-import-submit")).isEnabled();
    }

    private static long searchCount(String q) {
        String body = SandboxClient.forScripts(sandbox.restBaseUrl()).get("/cmdb/items?q=" + q, "connie").body();
        return body.chars().filter(c -> c == '{').count();
    }

    private static Page login(String user) {
        Page page = chromium.newPage();
        page.navigate(sandbox.baseUrl() + "/login.jsp");
        page.fill("#login-form-username", user);
        page.fill("#login-form-password", user);
        page.click("#login-form-submit");
        page.waitForSelector("#whoami");
        return page;
    }
}
