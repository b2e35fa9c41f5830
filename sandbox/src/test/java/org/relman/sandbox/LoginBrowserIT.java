package org.relman.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A newcomer in a real headless Chromium: opens the sandbox, is sent to log in, mistypes, logs in
 * as Rob and reads what the sandbox is. Debian's Chromium, never a downloaded browser.
 */
class LoginBrowserIT {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Sandbox sandbox;

    @BeforeAll
    static void start() {
        requireChromium();
        sandbox = Sandbox.start(TestSandboxes.inMemory(false));
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void newcomerLogsInAsRobAndSeesWhatTheSandboxIs() throws Exception {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(driverEnvironment()));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            Page page = browser.newPage();

            page.navigate(sandbox.baseUrl() + "/");
            assertThat(page.url()).contains("/jira/login.jsp");

            page.fill("#login-form-username", "rob");
            page.fill("#login-form-password", "not-rob");
            page.click("#login-form-submit");
            assertThat(page.textContent("#login-error")).contains("Sorry, your username and password are incorrect");
            assertThat(page.textContent("#login-hint")).contains("password is their username");

            page.fill("#login-form-username", "rob");
            page.fill("#login-form-password", "rob");
            page.click("#login-form-submit");
            page.waitForSelector("#whoami");

            assertThat(page.url()).isEqualTo(sandbox.baseUrl() + "/");
            assertThat(page.textContent("#whoami")).contains("Rob Lindqvist");
            assertThat(page.textContent("#my-roles")).contains("release manager");
            assertThat(page.textContent("#stand-in")).contains("a stand-in for Jira, not Jira");
            assertThat(page.textContent("#header-user")).isEqualTo("Rob Lindqvist");
            assertThat((String) page.evaluate("getComputedStyle(document.querySelector('.aui-header')).backgroundColor"))
                    .as("AUI's stylesheet colours the header").isNotIn("rgba(0, 0, 0, 0)", "transparent");

            Files.createDirectories(SCREENSHOTS);
            Path shot = SCREENSHOTS.resolve("start-page-as-rob.png");
            page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
            assertThat(Files.size(shot)).isGreaterThan(10_000);

            page.click("#demo-issues a:text('CHG-1')");
            page.waitForSelector("#summary-val");
            assertThat(page.textContent("#summary-val")).isEqualTo("Upgrade the CRM application to 5.2");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("issue-CHG-1-as-rob.png")).setFullPage(true));
        }
    }

    private static Map<String, String> driverEnvironment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        return env;
    }

    /** No Chromium: a failure on CI, elsewhere a skip that nobody can miss. */
    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        String reason = CHROMIUM + " is missing: install it with `apt-get install -y chromium`";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("Browser tests are mandatory on CI (CI=true) but " + reason);
        }
        String rule = "*".repeat(78);
        System.err.println("\n" + rule + "\n*** BROWSER TESTS SKIPPED: " + reason
                + "\n*** The login page was NOT tested in a browser. On CI (CI=true) this fails instead.\n" + rule + "\n");
        Assumptions.abort("Browser tests SKIPPED: " + reason);
    }
}
