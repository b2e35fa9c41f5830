package org.relman.sandbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "Affected CIs and impact" panel in headless Chromium: Rita opens her RFC CHG-1, picks the CIs it affects
 * with the keyboard (type, Down, Enter), removes one, saves, and after a reload the panel lists them with their
 * downstream impact. A CI named with markup shows as text in the picker and the panel and runs nothing. A
 * release's panel links to its package on the DSL page; RFCs' panels do not (which issues have the panel at all:
 * RfcOrReleaseConditionTest).
 */
class AffectedCisPanelBrowserIT {

    private static final String HOSTILE_NAME = "<img src=x onerror=\"window.__pwned=1\">";

    private static Sandbox sandbox;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() {
        HeadlessChromium.requireChromium();
        sandbox = Sandbox.start(TestSandboxes.inMemory(true));
        SandboxClient rest = SandboxClient.forScripts(sandbox.restBaseUrl());
        created(rest.postJson("/cmdb/items", "connie", "{\"key\":\"XSS-PICK\",\"name\":" + CmdbImpactBrowserIT.json(HOSTILE_NAME)
                + ",\"type\":\"application\",\"environment\":\"production\"}"));
        created(rest.postJson("/cmdb/relationships", "connie", "{\"source\":\"APP-CRM\",\"target\":\"DB-CRM\",\"type\":\"depends-on\"}"));
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
    void ritaPicksTheAffectedCisOfHerRfcWithTheKeyboardAndSeesThemAfterReload() {
        Page page = login("rita");
        List<String> dialogs = CmdbImpactBrowserIT.watchDialogs(page);
        page.navigate(sandbox.baseUrl() + "/browse/CHG-1");
        Locator panel = page.locator("#relman-affected-cis");
        assertThat(panel).containsText("No configuration item is named as affected yet.");

        page.click("#affected-cis-edit");
        assertThat(page.locator("#affected-cis-search")).isFocused();
        pick(page, "db-crm", "DB-CRM");
        page.keyboard().type("xss-pick");
        Locator option = page.locator("#affected-cis-options [role=option][data-key='XSS-PICK']");
        assertThat(option).containsText(HOSTILE_NAME);
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(page.locator("#affected-cis-chosen li[data-key='XSS-PICK']")).containsText(HOSTILE_NAME);
        pick(page, "APP-CRM-TEST", "APP-CRM-TEST");
        HeadlessChromium.screenshot(page, "affected-cis-picker");

        page.click("#affected-cis-chosen button[data-remove='APP-CRM-TEST']");
        assertThat(page.locator("#affected-cis-chosen li")).hasCount(2);
        page.click("#affected-cis-save");
        assertThat(panel).containsText("The affected CIs are saved.");

        page.reload();
        Locator listed = page.locator("#affected-cis-list li[data-key]");
        assertThat(listed).hasCount(2);
        assertThat(page.locator("#affected-cis-list li[data-key='DB-CRM']")).containsText("CRM database");
        assertThat(page.locator("#affected-cis-list li[data-key='XSS-PICK']")).containsText(HOSTILE_NAME);
        assertThat(page.locator("#affected-cis-impact")).hasText("Downstream impact (3 levels): 1 configuration items");
        assertThat(page.locator("#affected-cis-impact-depths a[data-ci='APP-CRM']")).isVisible();
        HeadlessChromium.screenshot(page, "affected-cis-panel-CHG-1");

        assertThat(page.locator("#relman-affected-cis img")).hasCount(0);
        assertThat(page.evaluate("typeof window.__pwned")).isEqualTo("undefined");
        assertThat(dialogs).isEmpty();
        HttpResponse<String> stored = SandboxClient.forScripts(sandbox.restBaseUrl()).get("/cmdb/issues/CHG-1/affected-cis", "rob");
        assertThat(stored.body()).contains("\"DB-CRM\"").contains("\"XSS-PICK\"").doesNotContain("APP-CRM-TEST");
    }

    @Test
    void theReleasePanelShowsAndLinksToItsPackageInTheDsl() {
        Page page = login("rob");
        page.navigate(sandbox.baseUrl() + "/browse/REL-1");
        assertThat(page.locator("#relman-affected-cis")).isVisible();
        assertThat(page.locator("#affected-cis-edit")).isVisible();

        page.click("#affected-cis-package");
        page.waitForURL("**/plugins/servlet/relman/dsl?release=REL-1#dsl-package");
        assertThat(page.locator("#dsl-package-release")).hasValue("REL-1");
        assertThat(page.locator("#dsl-package-fields [data-field=releaseKey]")).hasText("REL-1");

        page.navigate(sandbox.baseUrl() + "/browse/CHG-1");
        assertThat(page.locator("#relman-affected-cis")).isVisible();
        assertThat(page.locator("#affected-cis-package")).hasCount(0);
    }

    private static void pick(Page page, String typed, String key) {
        page.keyboard().type(typed);
        // the list answers the last thing typed: its first match is the one Enter picks
        assertThat(page.locator("#affected-cis-options [role=option]").first()).hasAttribute("data-key", key);
        page.keyboard().press("Enter");
        assertThat(page.locator("#affected-cis-chosen li[data-key='" + key + "']")).isVisible();
        assertThat(page.locator("#affected-cis-search")).isFocused();
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
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
