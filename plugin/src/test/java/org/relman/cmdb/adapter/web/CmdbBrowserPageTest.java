package org.relman.cmdb.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;

import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.relman.platform.adapter.web.PageHarness;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/** The CMDB browser as a servlet: who may open it, and what its template gets. */
class CmdbBrowserPageTest {

    private static final UserRef GUEST = new UserRef("guest", "guest", "Gus Guest");
    private static final UserRef RITA = new UserRef("rita", "rita", "Rita Alvarez");

    private final PageHarness jira = new PageHarness();
    private final HttpServletRequest request = jira.request;
    private final HttpServletResponse response = jira.response;
    private final Map<String, Object> rendered = jira.rendered;

    private CmdbBrowserPage pageFor(UserRef visitor) {
        CurrentUser current = () -> Optional.of(visitor);
        AccessGuard access = new AccessGuard(current, (user, role) -> user.equals(RITA) && role == RelmanRole.CMDB_READER);
        return new CmdbBrowserPage(jira.support(visitor), access);
    }

    @Test
    void aUserWithoutCmdbReadIsRefusedWithTheRoleNamed() throws Exception {
        pageFor(GUEST).service(request, response);

        verify(response).setStatus(403);
        assertThat(rendered).containsEntry("template", "templates/platform/problem.vm")
                .containsEntry("message", "Only a CMDB reader may read the CMDB.");
    }

    @Test
    void aReaderGetsTheBrowserWithWhereToFindTheCmdb() throws Exception {
        jira.at("/relman/cmdb");

        pageFor(RITA).service(request, response);

        verify(response).setStatus(200);
        verify(jira.required).requireWebResource("org.relman.plugin:cmdb-browser-resources");
        assertThat(rendered).containsEntry("template", "templates/cmdb/browser.vm")
                .containsEntry("restBase", "/jira/rest/relman/1.0")
                .containsEntry("pageUrl", "/jira/plugins/servlet/relman/cmdb");
    }
}
