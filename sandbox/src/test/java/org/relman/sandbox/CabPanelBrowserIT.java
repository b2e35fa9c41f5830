package org.relman.sandbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The CAB panel on the RFC view in headless Chromium, as the demo's people use it: three CAB members vote
 * on CHG-1 (submitted by the demo data), each in their own browser, and the decision appears without a
 * reload; Rita, who requested it, sees why she may not vote; markup and script typed into a vote comment
 * or an RFC's summary show as text and run nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CabPanelBrowserIT {

    static final String SCRIPT = "<script>window.__pwned=1</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned=1\">";

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
    void ritaWhoRequestedChg1SeesWhySheMayNotVoteAndNoVoteControl() {
        Page page = loggedIn("rita");
        page.navigate(sandbox.baseUrl() + "/browse/CHG-1");

        assertThat(page.locator("#relman-cab-rule")).containsText("Quorum: 3");
        assertThat(page.locator("#relman-cab-reason")).isVisible();
        assertThat(page.locator("#relman-cab-reason")).containsText("segregation of duties");
        assertThat(page.locator("#relman-cab-vote")).isHidden();
        assertThat(page.locator("input[name=vote]:visible")).hasCount(0);
    }

    @Test
    @Order(2)
    void threeCabMembersVoteAndTheDecidingVoteShowsTheDecisionWithoutAReload() {
        Page carl = openChg1("carl");
        Page cathy = openChg1("cathy");
        Page chris = openChg1("chris");
        for (Page page : List.of(carl, cathy, chris)) {
            page.evaluate("window.__notReloaded = true");
            assertThat(page.locator("#relman-cab-outcome")).hasText("pending");
        }

        // a reject needs a comment: the form says so next to the named field and sends nothing
        carl.click("label[for=relman-vote-reject]");
        carl.click("#relman-vote-button");
        assertThat(carl.locator("#relman-vote-comment-error")).containsText("Comment");
        assertThat(carl.locator("#relman-cab-round .relman-cab-vote-item")).hasCount(0);

        carl.click("label[for=relman-vote-approve]");
        carl.fill("#relman-vote-comment", "Backout plan is sound.");
        carl.click("#relman-vote-button");
        assertThat(carl.locator("#relman-cab-result")).containsText("approve");
        assertThat(carl.locator("#relman-cab-round .relman-cab-vote-item")).hasCount(1);
        assertThat(carl.locator("#relman-vote-button")).hasText("Change vote");

        // Carl changes his mind and back: one vote of his counts, marked as changed
        carl.click("label[for=relman-vote-info]");
        carl.fill("#relman-vote-comment", "Which snapshot?");
        carl.click("#relman-vote-button");
        assertThat(carl.locator(".relman-cab-vote-item[data-vote=request-information]")).hasCount(1);
        carl.click("label[for=relman-vote-approve]");
        carl.fill("#relman-vote-comment", "Snapshot confirmed.");
        carl.click("#relman-vote-button");
        assertThat(carl.locator("#relman-cab-round .relman-cab-vote-item")).hasCount(1);
        assertThat(carl.locator(".relman-cab-changed")).hasCount(1);

        // Cathy uses the keyboard: Space picks the vote, Enter in the form sends it
        cathy.focus("#relman-vote-approve");
        cathy.keyboard().press("Space");
        cathy.press("#relman-vote-approve", "Enter");
        assertThat(cathy.locator("#relman-cab-round .relman-cab-vote-item")).hasCount(2);
        assertThat(cathy.locator("#relman-cab-outcome")).hasText("pending");

        chris.click("label[for=relman-vote-approve]");
        chris.fill("#relman-vote-comment", "Approved for the March window.");
        chris.click("#relman-vote-button");
        assertThat(chris.locator("#relman-cab-outcome")).hasText("approved");
        assertThat(chris.locator(".relman-cab-decision-reason").first()).containsText("approved:");
        assertThat(chris.locator("#relman-cab-round .relman-cab-vote-item")).hasCount(3);
        assertThat(chris.locator("#relman-cab-round")).containsText("Snapshot confirmed.");
        assertThat(chris.locator("#relman-cab-result[aria-live=polite]")).not().isEmpty();
        HeadlessChromium.screenshot(chris, "cab-panel-chg1-approved");
        // Carl and Cathy did nothing: their panels pick the decision up on the next quiet refresh
        for (Page page : List.of(carl, cathy)) {
            page.clock().fastForward(21_000);
            assertThat(page.locator("#relman-cab-outcome")).hasText("approved");
            assertThat(page.locator("#relman-cab-round .relman-cab-vote-item")).hasCount(3);
        }
        for (Page page : List.of(carl, cathy, chris)) {
            assertThat(page.evaluate("window.__notReloaded")).isEqualTo(true);
        }
    }

    @Test
    @Order(3)
    void ritaFilesAnRfcWithMarkupInItsSummarySubmitsItAndEveryPayloadShowsAsText() {
        String summary = "Patch " + SCRIPT + " " + IMG;
        Page rita = loggedIn("rita");
        List<String> dialogs = watchDialogs(rita);
        rita.navigate(sandbox.baseUrl() + "/");
        rita.click("#create-rfc-link");
        rita.fill("#summary", summary);
        rita.selectOption("#changeType", "normal");
        rita.selectOption("#changeOwner", "rob");
        rita.fill("#windowStart", "2027-05-01T22:00");
        rita.fill("#windowEnd", "2027-05-02T01:00");
        rita.fill("#implementationPlan", IMG);
        rita.fill("#backoutPlan", "Restore the snapshot.");
        rita.fill("#testPlan", "Smoke tests.");
        rita.click("#create-rfc-submit");
        rita.waitForURL("**/browse/CHG-*");
        String key = rita.url().substring(rita.url().lastIndexOf('/') + 1);
        assertThat(rita.locator("#summary-val")).hasText(summary);
        assertThat(rita.locator("#relman-cab-noround")).isVisible();
        assertThat(rita.locator("#relman-cab-vote")).isHidden();

        rita.click("#relman-cab-submit");
        assertThat(rita.locator("#relman-cab-outcome")).hasText("pending");
        assertThat(rita.locator("#relman-cab-result")).not().isEmpty();
        assertThat(rita.locator("#relman-cab-submit")).isHidden();
        assertThat(rita.locator("#relman-cab-reason")).containsText("segregation of duties");

        Page carl = openPage("carl", key);
        List<String> carlDialogs = watchDialogs(carl);
        assertThat(carl.locator("#relman-cab-submit")).isHidden();
        assertThat(carl.locator("#summary-val")).hasText(summary);
        carl.click("label[for=relman-vote-reject]");
        carl.fill("#relman-vote-comment", SCRIPT + " " + IMG);
        carl.click("#relman-vote-button");
        assertThat(carl.locator("#relman-cab-round .relman-cab-comment")).hasText(SCRIPT + " " + IMG);

        rita.reload();
        assertThat(rita.locator("#relman-cab-round .relman-cab-comment")).hasText(SCRIPT + " " + IMG);
        HeadlessChromium.screenshot(rita, "cab-panel-markup-as-text");
        for (Page page : List.of(rita, carl)) {
            assertThat(page.locator("#relman-cab-panel img, #summary-val img")).hasCount(0);
            assertThat(page.evaluate("typeof window.__pwned")).isEqualTo("undefined");
        }
        assertThat(dialogs).isEmpty();
        assertThat(carlDialogs).isEmpty();
    }

    private Page openChg1(String user) {
        return openPage(user, "CHG-1");
    }

    private Page openPage(String user, String key) {
        Page page = loggedIn(user);
        page.clock().install();
        page.navigate(sandbox.baseUrl() + "/browse/" + key);
        assertThat(page.locator("#relman-vote-button")).isVisible();
        return page;
    }

    static Page loggedIn(HeadlessChromium chromium, Sandbox sandbox, String user) {
        Page page = chromium.newPage();
        page.navigate(sandbox.baseUrl() + "/login.jsp");
        page.fill("#login-form-username", user);
        page.fill("#login-form-password", user);
        page.click("#login-form-submit");
        page.waitForLoadState();
        return page;
    }

    private static Page loggedIn(String user) {
        return loggedIn(chromium, sandbox, user);
    }

    static List<String> watchDialogs(Page page) {
        List<String> dialogs = new CopyOnWriteArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        return dialogs;
    }
}
