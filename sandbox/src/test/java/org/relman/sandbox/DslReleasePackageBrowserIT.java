package org.relman.sandbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * "Place the release package" on the DSL page in headless Chromium, on the demo data's release REL-1: Libby fills
 * two entry rows, a broken hash is named next to its row's field, and placing records both entries pending and the
 * package in the CMDB; the form is gone afterwards. Rita (requester) sees the package but no form.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DslReleasePackageBrowserIT {

    private static final String PAGE = "/plugins/servlet/relman/dsl";
    private static final String SHA = "91ccae274dec855d7f471e0d9c02339459a3d6b8eaf096d9653b33ab87521f35";
    private static final String HOSTILE = "<img src=x onerror=\"window.__pwned=1\">";

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
    @Order(1)
    void libbyPlacesTheReleasePackageOfTwoEntries() {
        Page page = login("libby");
        List<String> dialogs = CmdbImpactBrowserIT.watchDialogs(page);
        page.navigate(sandbox.baseUrl() + PAGE);

        page.fill("#dsl-package-release", "CHG-1");
        page.press("#dsl-package-release", "Enter");
        assertThat(page.locator("#dsl-package-messages")).containsText("not a Release");
        assertThat(page.locator("#dsl-package-form")).isHidden();

        page.fill("#dsl-package-release", "REL-1");
        page.click("#dsl-package-show");
        assertThat(page.locator("#dsl-package-fields td[data-field=releaseKey]")).hasText("REL-1");
        assertThat(page.locator("#dsl-package-fields td[data-field=ciKey]")).hasText("not placed yet");
        assertThat(page.locator("#dsl-package-form")).isVisible();
        assertThat(page.locator("#dsl-package-rows fieldset")).hasCount(1);

        fillRow(page, 0, HOSTILE, "not-a-hash", "/srv/dsl/crm/crm-5.2.msi");
        page.click("#dsl-package-add-row");
        assertThat(page.locator("#dsl-package-1-name")).isFocused();
        assertThat(page.locator("#dsl-package-rows legend").nth(1)).hasText("Entry 2");
        fillRow(page, 1, "CRM database schema", SHA, "/srv/dsl/crm/schema-5.2.sql");
        page.click("#dsl-package-place");
        assertThat(page.locator("#dsl-package-0-sha256-error")).containsText("entries[0].sha256");
        assertThat(page.locator("#dsl-package-0-sha256")).isFocused();
        assertThat(page.locator("#dsl-package-entries tbody tr[data-id]")).hasCount(0);
        HeadlessChromium.screenshot(page, "dsl-release-package-form");

        page.fill("#dsl-package-0-sha256", SHA);
        page.click("#dsl-package-place");
        assertThat(page.locator("#dsl-package-messages")).containsText("Package of REL-1 placed: 2 entries pending, CMDB item PKG-REL-1.");
        assertThat(page.locator("#dsl-package-fields td[data-field=ciKey]")).hasText("PKG-REL-1");
        assertThat(page.locator("#dsl-package-fields td[data-field=packageState]")).hasText("pending");
        assertThat(page.locator("#dsl-package-entries tbody tr[data-id]")).hasCount(2);
        assertThat(page.locator("#dsl-package-entries tbody")).containsText(HOSTILE);
        assertThat(page.locator("#dsl-package-form")).isHidden();
        assertThat(page.locator("#dsl-results tbody tr")).hasCount(2);
        HeadlessChromium.screenshot(page, "dsl-release-package");

        page.click("#dsl-package-entries a:has-text('CRM database schema')");
        assertThat(page.locator("#dsl-detail-heading")).hasText("CRM database schema 5.2");
        assertThat(page.locator("#dsl-copies tbody tr[data-primary=true]")).containsText("/srv/dsl/crm/schema-5.2.sql");

        assertThat(page.locator("#relman-dsl img")).hasCount(0);
        assertThat(page.evaluate("typeof window.__pwned")).isEqualTo("undefined");
        assertThat(dialogs).isEmpty();
    }

    @Test
    @Order(2)
    void ritaSeesThePlacedPackageButNoForm() {
        Page page = login("rita");
        page.navigate(sandbox.baseUrl() + PAGE + "?release=REL-1");
        assertThat(page.locator("#dsl-package-fields td[data-field=ciKey]")).hasText("PKG-REL-1");
        assertThat(page.locator("#dsl-package-entries tbody tr[data-id]")).hasCount(2);
        assertThat(page.locator("#dsl-package-form")).hasCount(0);
    }

    private static void fillRow(Page page, int row, String name, String sha, String location) {
        String prefix = "#dsl-package-" + row + "-";
        page.fill(prefix + "name", name);
        page.fill(prefix + "version", "5.2");
        page.selectOption(prefix + "kind", "installer");
        page.fill(prefix + "sha256", sha);
        page.fill(prefix + "size", "1048576");
        page.fill(prefix + "location", location);
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
