package org.relman.sandbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DSL page's copies, integrity check and storage roots in headless Chromium, on files in a directory this test
 * creates and the administrator configures as the storage root. Libby (DSL librarian) adds copies to an entry, one
 * copy's file is changed and one copy's file never existed: the check shows a match, a mismatch, an unreachable and
 * a not-checkable copy, the problems first and as lozenges. The administrator adds, edits and removes a root with the
 * form; Libby sees the roots read-only; Rita (requester) sees none of it and the API refuses her in words.
 *
 * <p>The check reads every copy in the library, so the test that counts runs before anything else adds an entry.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DslIntegrityBrowserIT {

    private static final String PAGE = "/plugins/servlet/relman/dsl";
    private static final String REST = "/rest/relman/1.0";
    private static final byte[] CONTENT = "CRM server 5.2 installer".getBytes(StandardCharsets.UTF_8);
    private static final String HOSTILE = "<img src=x onerror=\"window.__pwned=1\">";

    @TempDir
    static Path share;

    private static Sandbox sandbox;
    private static HeadlessChromium chromium;
    private static SandboxClient client;

    @BeforeAll
    static void start() {
        HeadlessChromium.requireChromium();
        sandbox = Sandbox.start(TestSandboxes.inMemory(false));
        chromium = HeadlessChromium.launch();
        client = SandboxClient.forScripts(sandbox.baseUrl());
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
    void libbyAddsCopiesAndTheCheckShowsTheChangedFileAndTheMissingOne() throws IOException {
        Path library = Files.createDirectories(share.resolve("library"));
        HttpResponse<String> root = client.postJson(REST + "/dsl/roots", "admin",
                "{\"path\":\"" + library + "\",\"label\":\"Test share\"}");
        assertThat(root.statusCode()).as(root.body()).isEqualTo(201);
        Path primary = Files.write(library.resolve("crm-5.2.msi"), CONTENT);
        Path mirror = Files.write(library.resolve("mirror-crm-5.2.msi"), CONTENT);
        long entry = addEntry("CRM server", primary.toString());

        Page page = login("libby");
        List<String> dialogs = CmdbImpactBrowserIT.watchDialogs(page);
        page.navigate(sandbox.baseUrl() + PAGE + "?entry=" + entry);
        assertThat(page.locator("#dsl-detail-heading")).hasText("CRM server 5.2");

        page.fill("#dsl-copy-location", "relative/crm-5.2.msi");
        page.click("#dsl-copy-submit");
        assertThat(page.locator("#dsl-copy-location-error")).containsText("location");
        page.fill("#dsl-copy-location", primary.toString());
        page.press("#dsl-copy-location", "Enter");
        assertThat(page.locator("#dsl-copy-location-error")).containsText("already has a copy at " + primary);

        addCopy(page, mirror.toString());
        String gone = library.resolve(HOSTILE + ".msi").toString();
        addCopy(page, gone);
        addCopy(page, "https://artifacts.example.com/crm-5.2.msi");
        assertThat(page.locator("#dsl-copies tbody tr")).hasCount(4);
        assertThat(page.locator("#dsl-copy-location-error")).hasCount(0);
        assertThat(page.locator("#dsl-messages")).containsText("Copy added: https://artifacts.example.com/crm-5.2.msi");

        Files.writeString(mirror, "tampered with after it was approved");
        page.click("#dsl-integrity-run");

        Locator counts = page.locator("#dsl-integrity-counts");
        assertThat(counts.locator("[data-count=copies]")).hasText("4");
        assertThat(counts.locator("[data-count=match]")).hasText("1");
        assertThat(counts.locator("[data-count=mismatch]")).hasText("1");
        assertThat(counts.locator("[data-count=unreachable]")).hasText("1");
        assertThat(counts.locator("[data-count=notCheckable]")).hasText("1");
        assertThat(counts.locator("[data-count=mismatch] .aui-lozenge-error")).hasCount(1);

        Locator lines = page.locator("#dsl-integrity-copies tbody tr");
        assertThat(lines).hasCount(4);
        assertThat(lines.nth(0)).hasAttribute("data-outcome", "mismatch");
        assertThat(lines.nth(0)).containsText(mirror.toString());
        assertThat(lines.nth(0).locator(".aui-lozenge-error")).hasText("mismatch");
        assertThat(lines.nth(1)).hasAttribute("data-outcome", "unreachable");
        assertThat(lines.nth(1).locator(".aui-lozenge-moved")).hasText("unreachable");
        assertThat(lines.nth(1).locator("td[data-column=detail]")).containsText("missing file: nothing at " + gone);
        assertThat(page.locator("#dsl-integrity-copies tr[data-outcome=match]")).containsText(primary.toString());
        assertThat(page.locator("#dsl-integrity-copies tr[data-outcome=match]")).containsText("Test share");
        assertThat(page.locator("#dsl-integrity-copies tr[data-outcome=not_checkable]")).containsText("never fetches a URL");
        assertThat(page.locator("#dsl-integrity-messages")).containsText("1 mismatch, 1 unreachable");
        // the open entry shows what the check stored on each copy
        assertThat(page.locator("#dsl-copies [data-outcome=mismatch]")).hasCount(1);
        assertThat(page.locator("#dsl-copies [data-outcome=match]")).hasCount(1);
        HeadlessChromium.screenshot(page, "dsl-integrity-check");

        assertThat(page.locator("#dsl-roots-table tbody tr")).hasCount(1);
        assertThat(page.locator("#dsl-roots-table tbody tr")).containsText("Test share");
        assertThat(page.locator("#dsl-root-form")).hasCount(0);
        assertThat(page.locator("#dsl-roots-table button")).hasCount(0);

        assertThat(page.locator("#relman-dsl img")).hasCount(0);
        assertThat(page.evaluate("typeof window.__pwned")).isEqualTo("undefined");
        assertThat(dialogs).isEmpty();
    }

    @Test
    @Order(2)
    void theAdministratorAddsEditsAndRemovesAStorageRoot() throws IOException {
        Path scratch = Files.createDirectories(share.resolve("scratch"));
        Page page = login("admin");
        page.navigate(sandbox.baseUrl() + PAGE);
        assertThat(page.locator("#dsl-integrity-run")).isVisible();

        page.fill("#dsl-root-path", "srv/dsl");
        page.fill("#dsl-root-label", "Relative");
        page.click("#dsl-root-submit");
        assertThat(page.locator("#dsl-root-path-error")).containsText("absolute");

        page.fill("#dsl-root-path", scratch.toString());
        page.fill("#dsl-root-label", HOSTILE);
        page.click("#dsl-root-submit");
        Locator added = page.locator("#dsl-roots-table tr[data-path='" + scratch + "']");
        assertThat(added.locator("td[data-column=label]")).hasText(HOSTILE);
        assertThat(page.locator("#dsl-roots-messages")).containsText("Storage root " + scratch + " added.");
        assertThat(page.locator("#dsl-root-path-error")).hasCount(0);

        added.locator("button[data-action=edit]").click();
        assertThat(page.locator("#dsl-root-path")).hasValue(scratch.toString());
        assertThat(page.locator("#dsl-root-path")).isFocused();
        assertThat(page.locator("#dsl-root-submit")).hasText("Save root");
        page.fill("#dsl-root-path", share.resolve("library").toString());
        page.click("#dsl-root-submit");
        assertThat(page.locator("#dsl-root-path-error")).containsText("path");

        page.fill("#dsl-root-path", scratch.toString());
        page.fill("#dsl-root-label", "Scratch share");
        page.press("#dsl-root-label", "Enter");
        assertThat(added.locator("td[data-column=label]")).hasText("Scratch share");
        assertThat(page.locator("#dsl-root-submit")).hasText("Add root");
        assertThat(page.locator("#dsl-root-cancel")).isHidden();

        added.locator("button[data-action=remove]").click();
        assertThat(added).hasCount(0);
        assertThat(page.locator("#dsl-roots-messages")).containsText("removed");
        assertThat(page.locator("#dsl-roots-table tbody tr")).hasCount(1);
        assertThat(page.locator("#relman-dsl img")).hasCount(0);
        assertThat(page.evaluate("typeof window.__pwned")).isEqualTo("undefined");
    }

    @Test
    @Order(3)
    void ritaSeesNoLibrarianControlsAndTheApiRefusesHerInWords() {
        long entry = addEntry("Rita's view", "/srv/dsl/view.msi");
        Page page = login("rita");
        page.navigate(sandbox.baseUrl() + PAGE + "?entry=" + entry);
        assertThat(page.locator("#dsl-detail-heading")).hasText("Rita's view 5.2");
        assertThat(page.locator("#dsl-copies tbody tr")).hasCount(1);
        assertThat(page.locator("#dsl-copy-form")).hasCount(0);
        assertThat(page.locator("#dsl-integrity")).hasCount(0);
        assertThat(page.locator("#dsl-integrity-run")).hasCount(0);
        assertThat(page.locator("#dsl-roots")).hasCount(0);

        assertThat(call(page, "POST", "/dsl/entries/" + entry + "/copies", Map.of("location", "/srv/dsl/rogue.msi")))
                .containsEntry("status", 403).containsEntry("message", "Only a DSL librarian may add copies to DSL entries.");
        assertThat(call(page, "POST", "/dsl/integrity-check", Map.of())).containsEntry("status", 403)
                .containsEntry("message", "Only a DSL librarian or a relman administrator may run the DSL's integrity check.");
        assertThat(call(page, "POST", "/dsl/roots", Map.of("path", "/", "label", "Everything"))).containsEntry("status", 403)
                .containsEntry("message", "Only a relman administrator may configure the DSL's storage roots.");
        assertThat(call(page, "GET", "/dsl/roots", null)).containsEntry("status", 403);
    }

    private static void addCopy(Page page, String location) {
        int before = page.locator("#dsl-copies tbody tr").count();
        page.fill("#dsl-copy-location", location);
        page.click("#dsl-copy-submit");
        assertThat(page.locator("#dsl-copies tbody tr")).hasCount(before + 1);
        assertThat(page.locator("#dsl-copy-location")).hasValue("");
    }

    /** A pending entry added by Libby over REST, with its primary copy at {@code location}; its id. */
    private static long addEntry(String name, String location) {
        String json = "{\"name\":\"" + name + "\",\"version\":\"5.2\",\"kind\":\"installer\",\"sha256\":\"" + sha256(CONTENT)
                + "\",\"size\":" + CONTENT.length + ",\"location\":\"" + location + "\"}";
        HttpResponse<String> added = client.postJson(REST + "/dsl/entries", "libby", json);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(added.body());
        assertThat(id.find()).as(added.body()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** The page's own fetch of the REST API, as a script on the page would send it: status and message. */
    private static Map<String, Object> call(Page page, String method, String path, Map<String, ?> body) {
        Object answer = page.evaluate("([method, path, body]) => fetch(document.getElementById('relman-dsl')"
                + ".getAttribute('data-rest-base') + path, {method: method, credentials: 'same-origin',"
                + " headers: {'Content-Type': 'application/json'}, body: body === null ? undefined : JSON.stringify(body)})"
                + ".then(r => r.json().then(j => ({status: r.status, message: j.message})))",
                Arrays.asList(method, path, body));
        assertThat(answer).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) answer;
        return map;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
