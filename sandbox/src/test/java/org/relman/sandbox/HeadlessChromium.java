package org.relman.sandbox;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, for browser tests of the sandbox: never a downloaded browser,
 * kept off the network, screenshots in {@code target/screenshots}. Without Chromium a test is skipped
 * loudly, and fails on CI ({@code CI=true}).
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static HeadlessChromium launch() {
        requireChromium();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            return new HeadlessChromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh page with its own cookies (a new visitor). */
    public Page newPage() {
        return browser.newContext().newPage();
    }

    /** A full-page screenshot in target/screenshots; returns its path. */
    public static Path screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = SCREENSHOTS.resolve(name + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
            return shot;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }

    /** No Chromium: a failure on CI, elsewhere a skip that nobody can miss. */
    public static void requireChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        String reason = CHROMIUM + " is missing: install it with `apt-get install -y chromium`";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("Browser tests are mandatory on CI (CI=true) but " + reason);
        }
        String rule = "*".repeat(78);
        System.err.println("\n" + rule + "\n*** BROWSER TESTS SKIPPED: " + reason
                + "\n*** On CI (CI=true) this fails instead.\n" + rule + "\n");
        Assumptions.abort("Browser tests SKIPPED: " + reason);
    }
}
