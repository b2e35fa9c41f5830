package org.relman.sandbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DSL page in headless Chromium: Libby (DSL librarian) adds an entry with the form, sees it pending with its
 * primary copy and first history line, and approves it; a broken field is named next to it. Rita (requester)
 * can browse but sees no form and no buttons, and when she calls the API herself she gets the refusal in words.
 */
class DslPageBrowserIT {

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
    void libbyAddsAnEntryAndApprovesIt() {
        Page page = login("libby");
        List<String> dialogs = CmdbImpactBrowserIT.watchDialogs(page);
        page.navigate(sandbox.baseUrl() + PAGE);
        assertThat(page.locator("h1")).hasText("Definitive Software Library");

        fill(page, "CRM server", "5.2", "not-a-hash", "1048576");
        page.click("#dsl-add-submit");
        assertThat(page.locator("#dsl-add-sha256-error")).containsText("sha256");

        fill(page, HOSTILE, "5.2", SHA, "1048576");
        page.click("#dsl-add-submit");
        assertThat(page.locator("#dsl-messages")).containsText("added, pending approval");
        assertThat(page.locator("#dsl-detail-heading")).hasText(HOSTILE + " 5.2");
        assertThat(page.locator("#dsl-detail-fields td[data-field=state]")).hasText("pending");
        assertThat(page.locator("#dsl-copies tr[data-primary=true]")).containsText("/srv/dsl/crm/crm-5.2.msi");
        assertThat(page.locator("#dsl-history tr[data-to=pending]")).containsText("libby");
        assertThat(page.locator("#dsl-results tbody tr")).hasCount(1);
        HeadlessChromium.screenshot(page, "dsl-entry-added");

        page.click("#dsl-move-approved");
        assertThat(page.locator("#dsl-detail-fields td[data-field=state]")).hasText("approved");
        assertThat(page.locator("#dsl-history tbody tr")).hasCount(2);
        assertThat(page.locator("#dsl-results td[data-column=state]")).hasText("approved");

        page.click("#dsl-move-retired");
        assertThat(page.locator("#dsl-messages")).containsText("reason");
        assertThat(page.locator("#dsl-detail-fields td[data-field=state]")).hasText("approved");

        assertThat(page.locator("#relman-dsl img")).hasCount(0);
        assertThat(page.evaluate("typeof window.__pwned")).isEqualTo("undefined");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void ritaBrowsesWithoutTheFormAndTheApiRefusesHerInWords() {
        Page page = login("rita");
        page.navigate(sandbox.baseUrl() + PAGE);
        assertThat(page.locator("h1")).hasText("Definitive Software Library");
        assertThat(page.locator("#dsl-add-form")).hasCount(0);
        assertThat(page.locator("#dsl-transition")).hasCount(0);

        Object answer = page.evaluate("body => fetch(document.getElementById('relman-dsl').getAttribute('data-rest-base')"
                + " + '/dsl/entries', {method: 'POST', credentials: 'same-origin', headers: {'Content-Type': 'application/json'},"
                + " body: JSON.stringify(body)}).then(r => r.json().then(j => ({status: r.status, message: j.message})))",
                Map.of("name", "Rogue", "version", "1", "kind", "script", "sha256", SHA, "size", 1, "location", "/srv/dsl/rogue.sh"));
        assertThat(answer).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) answer).get("status")).isEqualTo(403);
        assertThat(String.valueOf(((Map<?, ?>) answer).get("message"))).isEqualTo("Only a DSL librarian may add DSL entries.");
    }

    private static void fill(Page page, String name, String version, String sha, String size) {
        page.fill("#dsl-add-name", name);
        page.fill("#dsl-add-version", version);
        page.selectOption("#dsl-add-kind", "installer");
        page.fill("#dsl-add-sha256", sha);
        page.fill("#dsl-add-size", size);
        page.fill("#dsl-add-location", "/srv/dsl/crm/crm-5.2.msi");
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
