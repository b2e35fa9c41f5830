package org.relman.sandbox.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SandboxLoginUrisTest {

    private final SandboxLoginUris logins = new SandboxLoginUris("/jira");

    @Test
    void sendsToTheLoginPageAndBackToThePageWithItsQuery() {
        URI login = logins.getLoginUri(URI.create("http://localhost:2990/jira/plugins/servlet/relman/cmdb?q=crm&type=server"));

        assertThat(login.toString())
                .isEqualTo("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Frelman%2Fcmdb%3Fq%3Dcrm%26type%3Dserver");
    }

    @Test
    void theStartPageNeedsNoDestination() {
        assertThat(logins.getLoginUri(URI.create("http://localhost:2990/jira/")).toString()).isEqualTo("/jira/login.jsp");
        assertThat(new SandboxLoginUris("").getLoginUri(URI.create("http://localhost:2990/plugins/servlet/x")).toString())
                .isEqualTo("/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fx");
    }
}
