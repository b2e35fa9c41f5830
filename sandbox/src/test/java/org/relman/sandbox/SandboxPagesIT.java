package org.relman.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relman.sandbox.SandboxClient.form;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox's pages over HTTP: login, the start page, the issue view, static files and the headers on them. */
class SandboxPagesIT {

    private static Sandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(TestSandboxes.inMemory(false));
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void anonymousVisitorIsSentToTheLoginPageAndBackAfterwards() {
        SandboxClient browser = SandboxClient.withCookies(sandbox.baseUrl());

        HttpResponse<String> issue = browser.get("/browse/CHG-1", null);
        assertThat(issue.statusCode()).isEqualTo(302);
        String login = issue.headers().firstValue("Location").orElseThrow();
        assertThat(login).endsWith("/jira/login.jsp?os_destination=%2Fbrowse%2FCHG-1");

        HttpResponse<String> loggedIn = browser.postForm("/login.jsp", null,
                form("os_username", "chris", "os_password", "chris", "os_destination", "/browse/CHG-1"));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location")).hasValue("/jira/browse/CHG-1");

        HttpResponse<String> page = browser.get("/browse/CHG-1", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Upgrade the CRM application to 5.2").contains("Chris Nakamura").contains("Rita Alvarez");
    }

    @Test
    void startPageSaysWhatTheSandboxIsAndWhoYouAre() {
        SandboxClient browser = loggedIn("libby");

        HttpResponse<String> start = browser.get("/", null);

        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body())
                .contains("a stand-in for Jira, not Jira")
                .contains("install the plugin jar in a real Jira 10 for the real thing")
                .contains("Libby Moreau").contains("DSL librarian").contains("CMDB reader")
                .contains("/jira/rest/relman/1.0/cmdb/items")
                .contains("/jira/browse/REL-1");
    }

    @Test
    void wrongPasswordShowsAnErrorWithoutSayingWhichPart() {
        SandboxClient browser = SandboxClient.withCookies(sandbox.baseUrl());

        HttpResponse<String> unknownUser = browser.postForm("/login.jsp", null, form("os_username", "nobody", "os_password", "x"));
        HttpResponse<String> wrongPassword = browser.postForm("/login.jsp", null, form("os_username", "rob", "os_password", "x"));

        assertThat(unknownUser.body()).contains("Sorry, your username and password are incorrect");
        assertThat(wrongPassword.body()).contains("Sorry, your username and password are incorrect");
        assertThat(browser.get("/", null).statusCode()).isEqualTo(302);
    }

    @Test
    void whatAVisitorTypesIsEscaped() {
        SandboxClient browser = SandboxClient.withCookies(sandbox.baseUrl());

        HttpResponse<String> page = browser.postForm("/login.jsp", null,
                form("os_username", "<script>alert(1)</script>", "os_password", "x"));
        HttpResponse<String> missing = loggedIn("rob").get("/browse/%3Cimg%20src=x%20onerror=alert(1)%3E", null);

        assertThat(page.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void loginNeverRedirectsToAnotherSite() {
        SandboxClient browser = SandboxClient.withCookies(sandbox.baseUrl());

        HttpResponse<String> response = browser.postForm("/login.jsp", null,
                form("os_username", "rob", "os_password", "rob", "os_destination", "//attacker.example/phish"));

        assertThat(response.headers().firstValue("Location")).hasValue("/jira/");
    }

    @Test
    void logoutEndsTheSession() {
        SandboxClient browser = loggedIn("rob");

        HttpResponse<String> out = browser.postForm("/logout", null, form());

        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login.jsp"));
        assertThat(browser.get("/", null).statusCode()).isEqualTo(302);
    }

    @Test
    void pagesCarrySecurityHeaders() {
        HttpResponse<String> page = SandboxClient.forScripts(sandbox.baseUrl()).get("/login.jsp", null);

        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-eval"));
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).doesNotContain("script-src 'self' 'unsafe-inline'");
    }

    @Test
    void loginFromAnotherSiteIsRefused() {
        HttpResponse<String> response = SandboxClient.withCookies(sandbox.baseUrl()).postForm("/login.jsp", null,
                form("os_username", "rob", "os_password", "rob"), Map.of("Origin", "https://attacker.example"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void auiIsServedFromTheSandbox() {
        HttpResponse<String> css = SandboxClient.forScripts(sandbox.baseUrl()).get("/static/aui/aui-prototyping.css", null);

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.body()).contains(".aui-button");
    }

    @Test
    void unknownIssueIsNotFound() {
        HttpResponse<String> response = loggedIn("rob").get("/browse/NOPE-1", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("does not exist in the sandbox");
    }

    private static SandboxClient loggedIn(String user) {
        SandboxClient browser = SandboxClient.withCookies(sandbox.baseUrl());
        HttpResponse<String> response = browser.postForm("/login.jsp", null, form("os_username", user, "os_password", user));
        assertThat(response.statusCode()).as("login as " + user).isEqualTo(302);
        return browser;
    }
}
