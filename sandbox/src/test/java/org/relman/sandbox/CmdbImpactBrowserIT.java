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
 * A CI's relationships, history and impact graph in headless Chromium: Rob opens the CRM database, reads who
 * relies on it and what changed, asks for its downstream impact and sees the picture (the database marked as
 * the changed CI, every impacted CI a node with its key as text) and the list with the path to each. A CI
 * whose name is markup shows as text in the list, the graph and the relationships, and runs nothing.
 */
class CmdbImpactBrowserIT {

    private static final String PAGE = "/plugins/servlet/relman/cmdb";
    private static final String HOSTILE_NAME = "<img src=x onerror=\"window.__pwned=1\">";

    private static Sandbox sandbox;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() {
        HeadlessChromium.requireChromium();
        sandbox = Sandbox.start(TestSandboxes.inMemory(true));
        SandboxClient rest = SandboxClient.forScripts(sandbox.restBaseUrl());
        created(rest.postJson("/cmdb/items", "connie", "{\"key\":\"XSS-IMG\",\"name\":" + json(HOSTILE_NAME)
                + ",\"type\":\"application\",\"environment\":\"production\"}"));
        relate(rest, "APP-CRM", "DB-CRM");
        relate(rest, "SVC-CRM", "APP-CRM");
        relate(rest, "XSS-IMG", "DB-CRM");
        HttpResponse<String> renamed = rest.send(rest.request("/cmdb/items/DB-CRM", "connie")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"version\":\"15.4\",\"cause\":\"CHG-1\"}")));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        importCsv(rest, "items", bigItems());
        importCsv(rest, "relationships", bigLinks());
        chromium = HeadlessChromium.launch();
    }

    /** HUB-0, relied on by 10 MID CIs, each relied on by 19 LEAF CIs: 200 CIs downstream over two levels. */
    private static String bigItems() {
        StringBuilder csv = new StringBuilder("key,name,type,environment\nHUB-0,Shared platform,service,production\n");
        for (int m = 0; m < 10; m++) {
            csv.append("MID-").append(m).append(",Middle tier ").append(m).append(",application,production\n");
            for (int l = 0; l < 19; l++) {
                csv.append("LEAF-").append(m).append('-').append(l).append(",Leaf application ").append(m).append('.').append(l)
                        .append(" with a rather long name,application,production\n");
            }
        }
        return csv.toString();
    }

    private static String bigLinks() {
        StringBuilder csv = new StringBuilder("source,target,type\n");
        for (int m = 0; m < 10; m++) {
            csv.append("MID-").append(m).append(",HUB-0,depends-on\n");
            for (int l = 0; l < 19; l++) {
                csv.append("LEAF-").append(m).append('-').append(l).append(",MID-").append(m).append(",depends-on\n");
            }
        }
        return csv.toString();
    }

    private static void importCsv(SandboxClient rest, String kind, String csv) {
        HttpResponse<String> imported = rest.send(rest.request("/cmdb/import/" + kind, "connie")
                .header("Content-Type", "text/csv").header("X-Atlassian-Token", "no-check")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv)));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
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
    void robReadsRelationshipsBothWaysAndTheHistoryOfAChange() {
        Page page = loggedIn("rob");
        List<String> dialogs = watchDialogs(page);

        page.navigate(sandbox.baseUrl() + PAGE + "?ci=APP-CRM");

        Locator relationships = page.locator("#cmdb-relationships-table tbody tr");
        assertThat(relationships).hasCount(2);
        assertThat(page.locator("#cmdb-relationships-table tr[data-direction=outgoing][data-other='DB-CRM']"))
                .containsText("depends on");
        assertThat(page.locator("#cmdb-relationships-table tr[data-direction=incoming][data-other='SVC-CRM']"))
                .containsText("is depended on by");

        page.click("#cmdb-relationships-table a[data-ci='DB-CRM']");
        assertThat(page.locator("#cmdb-detail-heading")).hasText("DB-CRM CRM database");
        Locator version = page.locator("#cmdb-history-table tr[data-field=version]");
        assertThat(version.locator("td[data-column=after]")).hasText("15.4");
        assertThat(version.locator("td[data-column=cause]")).containsText("CHG-1");
        assertThat(version).containsText("connie");
        assertThat(page.locator("#cmdb-relationships-table")).containsText(HOSTILE_NAME);
        HeadlessChromium.screenshot(page, "cmdb-ci-relationships-and-history");
        assertThat(page.evaluate("typeof window.__pwned")).isEqualTo("undefined");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void theImpactGraphShowsEveryDownstreamCiByDepthWithTheChangedOneMarked() {
        Page page = loggedIn("rob");
        List<String> dialogs = watchDialogs(page);
        page.navigate(sandbox.baseUrl() + PAGE + "?ci=DB-CRM");
        assertThat(page.locator("#cmdb-detail-heading")).hasText("DB-CRM CRM database");

        page.selectOption("#cmdb-impact-direction", "downstream");
        page.fill("#cmdb-impact-depth", "3");
        page.click("#cmdb-impact-submit");

        Locator graph = page.locator("#cmdb-impact-graph svg");
        assertThat(graph).isVisible();
        assertThat(page.locator("#cmdb-impact-count")).hasText("3 impacted configuration items");
        assertThat(node(page, "DB-CRM")).hasClass(java.util.regex.Pattern.compile("relman-impact-changed"));
        assertThat(node(page, "DB-CRM")).hasAttribute("data-depth", "0");
        assertThat(node(page, "APP-CRM")).hasAttribute("data-depth", "1");
        assertThat(node(page, "XSS-IMG")).hasAttribute("data-depth", "1");
        assertThat(node(page, "SVC-CRM")).hasAttribute("data-depth", "2");
        assertThat(node(page, "SVC-CRM").locator("text").first()).hasText("SVC-CRM");
        assertThat(node(page, "XSS-IMG").locator("title")).containsText(HOSTILE_NAME);
        assertThat(page.locator("#cmdb-impact-graph path.relman-impact-edge")).hasCount(3);
        assertThat(page.locator("#cmdb-impact-list tr[data-key='SVC-CRM'] td[data-column=path]"))
                .hasText("DB-CRM \u2190depends-on\u2014 APP-CRM \u2190depends-on\u2014 SVC-CRM");
        assertThat(page.locator("#cmdb-impact-list tr[data-key='XSS-IMG']")).containsText(HOSTILE_NAME);
        assertThat(page.locator("#cmdb-impact-list tr[data-key='DB-CRM']")).containsText("Changed");

        page.click("#cmdb-impact-zoom-out");
        assertThat(graph).hasAttribute("data-zoom", "0.8");
        HeadlessChromium.screenshot(page, "cmdb-impact-graph-DB-CRM");

        node(page, "SVC-CRM").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#cmdb-detail-heading")).containsText("SVC-CRM");

        assertThat(page.locator("#relman-cmdb img, #relman-cmdb script")).hasCount(0);
        assertThat(page.evaluate("typeof window.__pwned")).isEqualTo("undefined");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void twoHundredImpactedCisAreDrawnInColumnsWithoutOverlapping() {
        Page page = loggedIn("rob");
        page.navigate(sandbox.baseUrl() + PAGE + "?ci=HUB-0");
        assertThat(page.locator("#cmdb-detail-heading")).hasText("HUB-0 Shared platform");
        page.click("#cmdb-impact-submit");

        assertThat(page.locator("#cmdb-impact-count")).hasText("200 impacted configuration items");
        assertThat(page.locator("#cmdb-impact-graph a.relman-impact-node")).hasCount(201);
        assertThat(page.locator("#cmdb-impact-graph a.relman-impact-node[data-depth='2']")).hasCount(190);
        assertThat(page.locator("#cmdb-impact-graph path.relman-impact-edge")).hasCount(200);
        assertThat(page.locator("#cmdb-impact-list tbody tr")).hasCount(201);
        Object overlaps = page.evaluate("() => { const r = [...document.querySelectorAll('#cmdb-impact-graph rect')]"
                + ".map(e => e.getBoundingClientRect()); let n = 0; for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++)"
                + " { const a = r[i], b = r[j]; if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) n++; } return n; }");
        assertThat(((Number) overlaps).intValue()).isZero();
        Object fontPx = page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('#cmdb-impact-graph .relman-impact-key')).fontSize)");
        assertThat(((Number) fontPx).doubleValue()).isGreaterThanOrEqualTo(11.0);
        HeadlessChromium.screenshot(page, "cmdb-impact-graph-200");
    }

    @Test
    void aDepthOutOfRangeIsRefusedWithTheRule() {
        Page page = loggedIn("rob");
        page.navigate(sandbox.baseUrl() + PAGE + "?ci=DB-CRM");
        assertThat(page.locator("#cmdb-detail-heading")).hasText("DB-CRM CRM database");
        page.evaluate("document.getElementById('cmdb-impact-depth').removeAttribute('max')");
        page.fill("#cmdb-impact-depth", "11");
        page.click("#cmdb-impact-submit");
        assertThat(page.locator("#cmdb-impact")).containsText("depth must be between 1 and 10");
        assertThat(page.locator("#cmdb-impact-result")).isHidden();
    }

    private static Locator node(Page page, String key) {
        return page.locator("#cmdb-impact-graph a.relman-impact-node[data-ci='" + key + "']");
    }

    private static void relate(SandboxClient rest, String source, String target) {
        created(rest.postJson("/cmdb/relationships", "connie",
                "{\"source\":\"" + source + "\",\"target\":\"" + target + "\",\"type\":\"depends-on\"}"));
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    static Page loggedIn(Page page, String user) {
        page.navigate(sandbox.baseUrl() + "/login.jsp");
        page.fill("#login-form-username", user);
        page.fill("#login-form-password", user);
        page.click("#login-form-submit");
        page.waitForSelector("#whoami");
        return page;
    }

    private static Page loggedIn(String user) {
        return loggedIn(chromium.newPage(), user);
    }

    static List<String> watchDialogs(Page page) {
        List<String> dialogs = new CopyOnWriteArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        return dialogs;
    }

    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
