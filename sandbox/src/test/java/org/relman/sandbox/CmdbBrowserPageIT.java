package org.relman.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relman.sandbox.SandboxClient.form;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CMDB browser page over HTTP: who gets it, how it is framed, and what it loads. */
class CmdbBrowserPageIT {

    private static final String PAGE = "/plugins/servlet/relman/cmdb";
    private static Sandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(TestSandboxes.inMemory(true));
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void anonymousVisitorIsSentToLogInAndBackToTheSameSearch() {
        SandboxClient browser = SandboxClient.withCookies(sandbox.baseUrl());

        HttpResponse<String> page = browser.get(PAGE + "?q=crm&type=application", null);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue(
                "/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Frelman%2Fcmdb%3Fq%3Dcrm%26type%3Dapplication");
        HttpResponse<String> login = browser.postForm("/login.jsp", null, form("os_username", "rita", "os_password", "rita",
                "os_destination", "/plugins/servlet/relman/cmdb?q=crm&type=application"));
        assertThat(login.headers().firstValue("Location")).hasValue("/jira/plugins/servlet/relman/cmdb?q=crm&type=application");
    }

    @Test
    void aReaderGetsTheBrowserInTheSandboxsFrameWithItsScripts() {
        HttpResponse<String> page = loggedIn("rita").get(PAGE, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body())
                .contains("<title>CMDB - relman sandbox</title>")
                .contains("id=\"header-user\"").contains("Rita Alvarez")
                .contains("<script src=\"/jira/static/aui/aui-prototyping.js\"></script>")
                .contains("<script src=\"/jira/download/resources/org.relman.plugin:relman-web/relman.js\"></script>")
                .contains("<link rel=\"stylesheet\" href=\"/jira/download/resources/org.relman.plugin:relman-web/relman.css\">")
                .contains("/jira/download/resources/org.relman.plugin:cmdb-browser-resources/cmdb-browser.js")
                .contains("data-rest-base=\"/jira/rest/relman/1.0\"")
                .contains("<label for=\"cmdb-q\">Search key or name</label>")
                .doesNotContain("name=\"decorator\"")
                .doesNotContain("CRM application");
        assertThat(page.body().indexOf("relman.js")).as("the shared helpers load before the page's script")
                .isLessThan(page.body().indexOf("cmdb-browser.js"));
    }

    @Test
    void theScriptsAreServedWhereThePageLoadsThem() {
        SandboxClient anyone = SandboxClient.forScripts(sandbox.baseUrl());

        HttpResponse<String> helpers = anyone.get("/download/resources/org.relman.plugin:relman-web/relman.js", null);
        HttpResponse<String> browser = anyone.get("/download/resources/org.relman.plugin:cmdb-browser-resources/cmdb-browser.js", null);

        assertThat(helpers.statusCode()).isEqualTo(200);
        assertThat(helpers.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(helpers.body()).contains("relman.rest").contains("relman.dom");
        assertThat(browser.statusCode()).isEqualTo(200);
    }

    @Test
    void theStartPageAndTheHeaderLinkToTheBrowser() {
        HttpResponse<String> start = loggedIn("libby").get("/", null);

        assertThat(start.body()).contains("<a href=\"/jira/plugins/servlet/relman/cmdb\">CMDB browser</a>")
                .contains("<a class=\"sandbox-nav-item\" id=\"cmdb-browser-link\" href=\"/jira/plugins/servlet/relman/cmdb\">CMDB</a>");
    }

    private static SandboxClient loggedIn(String user) {
        SandboxClient browser = SandboxClient.withCookies(sandbox.baseUrl());
        HttpResponse<String> response = browser.postForm("/login.jsp", null, form("os_username", user, "os_password", user));
        assertThat(response.statusCode()).as("login as " + user).isEqualTo(302);
        return browser;
    }
}
