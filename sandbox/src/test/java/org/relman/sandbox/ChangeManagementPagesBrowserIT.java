package org.relman.sandbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The change management pages in headless Chromium: Chris (change manager) keeps CABs, plans and freezes a
 * CAB meeting and downloads its minutes, and verifies the change log — which names the entry a test edits in
 * the database behind the sandbox's back. Rita (no role) is refused, in words naming the role. Names with
 * markup show as text. The CABs, RFC rounds and votes the pages show are made through REST here.
 */
class ChangeManagementPagesBrowserIT {

    private static final String CABS = "/plugins/servlet/relman/cabs";
    private static final String AGENDA = "/plugins/servlet/relman/cab-agenda";
    private static final String AUDIT = "/plugins/servlet/relman/audit";
    private static final String HOSTILE = "<b>bold</b> <script>window.__relmanXss='cab'</script>";
    private static final String DB_URL = "jdbc:hsqldb:mem:cm-pages-" + UUID.randomUUID() + ";hsqldb.tx=mvcc";

    private static Sandbox sandbox;
    private static HeadlessChromium chromium;
    private static long meetingCabId;

    @BeforeAll
    static void start() {
        HeadlessChromium.requireChromium();
        sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withDemoData(false).withDatabase(DB_URL, "SA", ""));
        SandboxClient rest = SandboxClient.forScripts(sandbox.restBaseUrl());
        HttpResponse<String> cab = rest.postJson("/change/cabs", "chris", "{\"name\":\"Tuesday CAB\",\"defaultCab\":true,"
                + "\"rule\":{\"quorum\":2,\"minApprovals\":2},\"members\":[{\"kind\":\"user\",\"user\":\"carl\"},"
                + "{\"kind\":\"user\",\"user\":\"cathy\"},{\"kind\":\"user\",\"user\":\"cole\"}]}");
        assertThat(cab.statusCode()).as(cab.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(cab.body());
        assertThat(id.find()).isTrue();
        meetingCabId = Long.parseLong(id.group(1));
        HttpResponse<String> submitted = rest.postJson("/change/rfcs/CHG-3/submit", "chris", "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        HttpResponse<String> vote = rest.postJson("/change/rfcs/CHG-3/votes", "carl", "{\"vote\":\"approve\",\"comment\":\"fine\"}");
        assertThat(vote.statusCode()).as(vote.body()).isEqualTo(200);
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
    void chrisCreatesACabWithMembersAndARuleAndSeesItListed() {
        Page page = loggedIn("chris");
        List<String> dialogs = watchDialogs(page);
        page.navigate(sandbox.baseUrl() + CABS);
        assertThat(page.locator("#cab-list tbody tr[data-cab]")).not().hasCount(0);

        page.click("#cab-new");
        assertThat(page.locator("#cab-form-heading")).isFocused();
        page.fill("#cab-name", "Security CAB " + HOSTILE);
        page.fill("#cab-description", "<img src=x onerror=alert(1)> reviews security changes");
        page.fill("[name='members[0].user']", "carl");
        page.fill("[name='members[0].groupLabel']", "Operations");
        page.click("#cab-add-member");
        page.fill("[name='members[1].user']", "cathy");
        page.check("[name='members[1].veto']");
        page.click("#cab-add-member");
        page.selectOption("[name='members[2].kind']", "group");
        page.fill("[name='members[2].group']", "cab-security");
        page.fill("[name='members[2].groupLabel']", "Security");
        page.fill("#cab-quorum", "3");
        page.fill("#cab-min-approvals", "2");
        page.click("#cab-add-minimum");
        page.fill("[name='rule.groupMinimums[0].group']", "Security");
        page.fill("[name='rule.groupMinimums[0].minApprovals']", "1");
        page.click("#cab-save");

        Locator row = page.locator("#cab-list tbody tr").filter(new Locator.FilterOptions().setHasText("Security CAB " + HOSTILE));
        assertThat(row).hasCount(1);
        assertThat(row.locator("td[data-column=rule]")).containsText("Quorum: 3 votes");
        assertThat(row.locator("td[data-column=members] li")).hasText(new String[] {"Carl Jensen [Operations]",
                "Cathy Okafor (veto)", "group cab-security [Security]"});
        assertThat(row).containsText("<img src=x onerror=alert(1)> reviews security changes");
        assertThat(page.locator("#cab-messages")).containsText("Saved Security CAB");
        HeadlessChromium.screenshot(page, "cab-admin-created");

        row.locator("button[data-edit]").click();
        assertThat(page.locator("#cab-name")).hasValue("Security CAB " + HOSTILE);
        assertThat(page.locator("#cab-rule-text")).containsText("Security");
        page.fill("#cab-quorum", "2");
        page.click("#cab-save");
        assertThat(row.locator("td[data-column=rule]")).containsText("Quorum: 2 votes");

        page.fill("#deputy-member", "carl");
        page.fill("#deputy-deputy", "rob");
        page.fill("#deputy-from", "2026-03-01");
        page.fill("#deputy-to", "2026-03-07");
        page.click("#deputy-add");
        assertThat(page.locator("#deputy-list tbody tr")).containsText(new String[] {"Rob Lindqvist"});

        assertThat(page.locator("#relman-cabs b, #relman-cabs script, #relman-cabs img")).hasCount(0);
        assertThat(page.evaluate("typeof window.__relmanXss")).isEqualTo("undefined");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aBrokenFieldRuleShowsNextToTheField() {
        Page page = loggedIn("chris");
        page.navigate(sandbox.baseUrl() + CABS);
        page.click("#cab-new");
        page.fill("#cab-name", "");
        page.fill("[name='members[0].user']", "nobody-such");
        page.fill("#cab-quorum", "1001");
        page.click("#cab-save");

        assertThat(page.locator("#cab-name + .relman-field-error")).hasText("name is required.");
        assertThat(page.locator("#cab-name")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("[name='members[0].user'] + .relman-field-error")).containsText("no user is named nobody-such");
        assertThat(page.locator("#cab-quorum + .relman-field-error")).containsText("rule.quorum");
        assertThat(page.locator("#cab-form")).isVisible();
        HeadlessChromium.screenshot(page, "cab-admin-field-errors");
    }

    @Test
    void ritaIsRefusedInWordsNamingTheRoleAndSeesNoLinks() {
        Page page = loggedIn("rita");
        // the sandbox's header names each top-navigation item by its module key (Jira: by its linkId)
        assertThat(page.locator("#cab-admin-link, #cab-agenda-link, #change-log-link")).hasCount(0);
        for (String path : List.of(CABS, AGENDA, AUDIT)) {
            page.navigate(sandbox.baseUrl() + path);
            assertThat(page.locator("body")).containsText("Only a change manager or a relman administrator may");
            assertThat(page.locator("#relman-cabs, #relman-agenda, #relman-audit")).hasCount(0);
        }
        HeadlessChromium.screenshot(page, "cab-admin-refused-rita");

        Page chris = loggedIn("chris");
        assertThat(chris.locator("#cab-admin-link")).hasAttribute("href", "/jira" + CABS);
        assertThat(chris.locator("#cab-agenda-link")).hasAttribute("href", "/jira" + AGENDA);
        assertThat(chris.locator("#change-log-link")).hasAttribute("href", "/jira" + AUDIT);
    }

    @Test
    void chrisFreezesAnAgendaAndDownloadsItsMinutes() throws IOException {
        Page page = loggedIn("chris");
        List<String> dialogs = watchDialogs(page);
        page.navigate(sandbox.baseUrl() + AGENDA + "?cab=" + meetingCabId);
        assertThat(page.locator("#agenda-awaiting-items tbody tr[data-rfc='CHG-3']")).hasCount(1);

        page.fill("#agenda-title", "CAB meeting " + HOSTILE);
        page.fill("#agenda-meeting-at", "2026-03-03T09:00");
        page.click("#agenda-create");
        assertThat(page.locator("#agenda-detail-heading")).containsText("CAB meeting " + HOSTILE);
        assertThat(page.locator("#agenda-list a").filter(new Locator.FilterOptions().setHasText("CAB meeting " + HOSTILE))).hasCount(1);
        assertThat(page.locator("#agenda-state")).containsText("Not frozen");

        page.click("#agenda-freeze");
        assertThat(page.locator("#agenda-state")).containsText("Frozen by Chris Nakamura");
        assertThat(page.locator("#agenda-items tbody tr[data-rfc='CHG-3']")).containsText("Add a read replica");
        assertThat(page.locator("#agenda-freeze")).isHidden();
        HeadlessChromium.screenshot(page, "cab-agenda-frozen");

        Download download = page.waitForDownload(() -> page.click("#agenda-download"));
        String markdown = Files.readString(download.path());
        assertThat(download.suggestedFilename()).endsWith(".md");
        assertThat(markdown).startsWith("# Minutes: CAB meeting").contains("Add a read replica to the orders database")
                .contains("by Chris Nakamura");

        page.click("#agenda-show-markdown");
        assertThat(page.locator("#agenda-minutes")).containsText("# Minutes: CAB meeting");
        assertThat(page.locator("#agenda-minutes")).containsText("Add a read replica to the orders database");
        page.click("#agenda-show-json");
        assertThat(page.locator("#agenda-minutes")).containsText("\"rfc\": \"CHG-3\"");
        assertThat(page.locator("#agenda-minutes")).containsText("window.__relmanXss");
        HeadlessChromium.screenshot(page, "cab-agenda-minutes-json");

        page.reload();
        assertThat(page.locator("#agenda-state")).containsText("Frozen by Chris Nakamura");
        assertThat(page.locator("#relman-agenda b, #relman-agenda script")).hasCount(0);
        assertThat(page.evaluate("typeof window.__relmanXss")).isEqualTo("undefined");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void theVerifyPageSaysIntactAndThenNamesTheEntryEditedInTheDatabase() throws SQLException {
        Page page = loggedIn("chris");
        page.navigate(sandbox.baseUrl() + AUDIT);
        assertThat(page.locator("#audit-result")).containsText(Pattern.compile("intact: \\d+ entries"));

        page.fill("#audit-issue-key", "chg-3");
        page.press("#audit-issue-key", "Enter");
        assertThat(page.locator("#audit-entries tbody tr")).not().hasCount(0);
        assertThat(page.locator("#audit-entries")).containsText("VOTE_CAST");
        HeadlessChromium.screenshot(page, "change-log-intact");

        long seq;
        String actor;
        try (Connection c = DriverManager.getConnection(DB_URL, "SA", "");
             PreparedStatement find = c.prepareStatement("SELECT \"SEQ_NO\", \"ACTOR_KEY\" FROM \"AO_301B80_AUDIT_ENTRY\""
                     + " WHERE \"ENTRY_KIND\" = 'VOTE_CAST' ORDER BY \"SEQ_NO\"");
             ResultSet rs = find.executeQuery()) {
            assertThat(rs.next()).isTrue();
            seq = rs.getLong(1);
            actor = rs.getString(2);
            update(c, "mallory", seq);
        }
        try {
            page.click("#audit-verify");
            assertThat(page.locator("#audit-result")).containsText("broken at entry " + seq);
            assertThat(page.locator("#audit-report td[data-field=brokenAt]")).hasText(String.valueOf(seq));
            assertThat(page.locator("#audit-report td[data-field=problem]")).containsText("mallory");
            HeadlessChromium.screenshot(page, "change-log-broken");
        } finally {
            try (Connection c = DriverManager.getConnection(DB_URL, "SA", "")) {
                update(c, actor, seq);
            }
        }
        page.reload();
        assertThat(page.locator("#audit-result")).containsText("intact");
    }

    private static void update(Connection c, String actor, long seq) throws SQLException {
        try (PreparedStatement edit = c.prepareStatement(
                "UPDATE \"AO_301B80_AUDIT_ENTRY\" SET \"ACTOR_KEY\" = ? WHERE \"SEQ_NO\" = ?")) {
            edit.setString(1, actor);
            edit.setLong(2, seq);
            assertThat(edit.executeUpdate()).isEqualTo(1);
        }
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
}
