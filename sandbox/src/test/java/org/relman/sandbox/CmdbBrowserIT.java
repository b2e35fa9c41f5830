package org.relman.sandbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CMDB browser in headless Chromium, as Rita uses it: she is sent to log in and comes back,
 * searches, filters by type, opens a CI and reads its attributes; a CI whose fields hold markup and
 * script shows them as text and runs nothing.
 */
class CmdbBrowserIT {

    private static final String PAGE = "/plugins/servlet/relman/cmdb";
    private static final String HOSTILE_NAME = "<img src=x onerror=alert(1)> <script>window.__relmanXss='name'</script>";
    private static final String HOSTILE_OWNER = "<script>alert('owner')</script>";
    private static final String HOSTILE_ATTRIBUTE = "<b onmouseover=alert(2)>bold</b><img src=x onerror=\"window.__relmanXss='attr'\">";

    private static Sandbox sandbox;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() {
        HeadlessChromium.requireChromium();
        sandbox = Sandbox.start(TestSandboxes.inMemory(true));
        HttpResponse<String> created = SandboxClient.forScripts(sandbox.restBaseUrl()).postJson("/cmdb/items", "connie",
                "{\"key\":\"XSS-1\",\"name\":" + json(HOSTILE_NAME) + ",\"type\":\"application\",\"environment\":\"test\","
                        + "\"owner\":" + json(HOSTILE_OWNER) + ",\"attributes\":{\"payload\":" + json(HOSTILE_ATTRIBUTE) + "}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
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
    void ritaSearchesFiltersAndOpensAConfigurationItem() {
        Page page = chromium.newPage();
        List<String> dialogs = watchDialogs(page);

        page.navigate(sandbox.baseUrl() + PAGE);
        assertThat(page.url()).contains("/login.jsp");
        page.fill("#login-form-username", "rita");
        page.fill("#login-form-password", "rita");
        page.click("#login-form-submit");
        page.waitForURL("**" + PAGE);
        assertThat(page.locator("#header-user")).hasText("Rita Alvarez");
        assertThat(page.locator("h1")).containsText("Configuration management database");
        assertThat(rows(page)).hasCount(13);

        page.fill("#cmdb-q", "crm");
        page.press("#cmdb-q", "Enter");
        assertThat(rows(page)).hasCount(5);
        assertThat(keys(page)).containsExactlyInAnyOrder("SVC-CRM", "APP-CRM", "APP-CRM-TEST", "DB-CRM", "DB-CRM-TEST");
        assertThat(page.locator("#cmdb-count")).hasText("5 configuration items");

        page.selectOption("#cmdb-type", "application");
        assertThat(rows(page)).hasCount(2);
        assertThat(keys(page)).containsExactlyInAnyOrder("APP-CRM", "APP-CRM-TEST");
        assertThat(page.url()).contains("q=crm").contains("type=application");
        HeadlessChromium.screenshot(page, "cmdb-browser-search-crm-applications");

        page.click("#cmdb-results a:text-is('APP-CRM')");
        Locator detail = page.locator("#cmdb-detail");
        assertThat(detail).isVisible();
        assertThat(page.locator("#cmdb-detail-heading")).hasText("APP-CRM CRM application");
        assertThat(page.locator("#cmdb-detail-fields td[data-field=type]")).hasText("application");
        assertThat(page.locator("#cmdb-detail-fields td[data-field=environment]")).hasText("production");
        assertThat(page.locator("#cmdb-detail-fields td[data-field=created]")).containsText("connie");
        assertThat(attribute(page, "vendor")).hasText("in-house");
        assertThat(attribute(page, "repository")).hasText("git/sales/crm");
        assertThat(page.locator("#cmdb-list")).isHidden();
        assertThat(page.locator("#cmdb-relationships")).containsText("None yet.");
        assertThat(page.locator("#cmdb-history")).isVisible();
        assertThat(page.locator("#cmdb-history")).containsText("connie");
        assertThat(page.locator("#cmdb-detail-heading")).isFocused();
        assertThat(page.url()).contains("ci=APP-CRM");
        HeadlessChromium.screenshot(page, "cmdb-browser-ci-APP-CRM");

        page.goBack();
        assertThat(page.locator("#cmdb-list")).isVisible();
        assertThat(rows(page)).hasCount(2);
        assertThat(page.locator("#cmdb-results a[data-ci='APP-CRM']")).isFocused();

        page.keyboard().press("Enter");
        assertThat(page.locator("#cmdb-detail-heading")).hasText("APP-CRM CRM application");
        page.click("#cmdb-detail-back");
        assertThat(rows(page)).hasCount(2);

        page.navigate(sandbox.baseUrl() + PAGE + "?ci=DB-CRM");
        assertThat(page.locator("#cmdb-detail-heading")).hasText("DB-CRM CRM database");
        assertThat(attribute(page, "backup")).hasText("nightly, 35 days");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void markupAndScriptInAConfigurationItemShowAsTextAndRunNothing() {
        Page page = loggedIn("rita");
        List<String> dialogs = watchDialogs(page);

        page.navigate(sandbox.baseUrl() + PAGE + "?q=XSS");
        assertThat(rows(page)).hasCount(1);
        Locator row = page.locator("#cmdb-results tr[data-key='XSS-1']");
        assertThat(row.locator("td[data-column=name]")).hasText(HOSTILE_NAME);
        assertThat(row.locator("td[data-column=owner]")).hasText(HOSTILE_OWNER);
        HeadlessChromium.screenshot(page, "cmdb-browser-hostile-ci-in-results");

        page.click("#cmdb-results a:text-is('XSS-1')");
        assertThat(page.locator("#cmdb-detail-heading")).hasText("XSS-1 " + HOSTILE_NAME);
        assertThat(page.locator("#cmdb-detail-fields td[data-field=owner]")).hasText(HOSTILE_OWNER);
        assertThat(attribute(page, "payload")).hasText(HOSTILE_ATTRIBUTE);
        page.hover("#cmdb-detail-attributes td");
        HeadlessChromium.screenshot(page, "cmdb-browser-hostile-ci-detail");

        assertThat(page.locator("#relman-cmdb img, #relman-cmdb script, #relman-cmdb b")).hasCount(0);
        assertThat(page.evaluate("typeof window.__relmanXss")).isEqualTo("undefined");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void anUnknownKeySaysSoAndKeepsTheSearch() {
        Page page = loggedIn("rob");

        page.navigate(sandbox.baseUrl() + PAGE + "?ci=NO-SUCH-CI");

        assertThat(page.locator("#cmdb-messages")).containsText("No configuration item has the key NO-SUCH-CI");
        assertThat(page.locator("#cmdb-detail")).isHidden();
        assertThat(rows(page)).hasCount(13);
    }

    private static Page loggedIn(String user) {
        Page page = chromium.newPage();
        page.navigate(sandbox.baseUrl() + "/login.jsp");
        page.fill("#login-form-username", user);
        page.fill("#login-form-password", user);
        page.click("#login-form-submit");
        page.waitForSelector("#whoami");
        return page;
    }

    private static List<String> watchDialogs(Page page) {
        List<String> dialogs = new CopyOnWriteArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        return dialogs;
    }

    private static Locator rows(Page page) {
        return page.locator("#cmdb-results tbody tr[data-key]");
    }

    private static List<String> keys(Page page) {
        return rows(page).evaluateAll("rows => rows.map(r => r.getAttribute('data-key'))") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static Locator attribute(Page page, String name) {
        return page.locator("#cmdb-detail-attributes tr:has(th:text-is('" + name + "')) td");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
