package org.relman.audit.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;

import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.relman.audit.app.AuditTrail;
import org.relman.platform.adapter.web.PageHarness;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/** The change-log page as a servlet: only those who may verify the chain open it. */
class ChangeLogPageTest {

    private static final UserRef RITA = new UserRef("rita", "rita", "Rita Alvarez");
    private static final UserRef CHRIS = new UserRef("chris", "chris", "Chris Nakamura");
    private static final UserRef ADMIN = new UserRef("admin", "admin", "Administrator");

    private final PageHarness jira = new PageHarness();
    private final HttpServletRequest request = jira.request;
    private final HttpServletResponse response = jira.response;
    private final Map<String, Object> rendered = jira.rendered;

    private ChangeLogPage pageFor(UserRef visitor) {
        CurrentUser current = () -> Optional.of(visitor);
        AccessGuard access = new AccessGuard(current, (user, role) -> user.equals(CHRIS) && role == RelmanRole.CHANGE_MANAGER
                || user.equals(ADMIN) && role == RelmanRole.ADMINISTRATOR);
        // reading the chain is not needed to decide who may open the page
        return new ChangeLogPage(jira.support(visitor), new AuditTrail(access, null, null));
    }

    @Test
    void someoneWhoMayNotVerifyIsRefusedInTheRestApisWords() throws Exception {
        pageFor(RITA).service(request, response);

        verify(response).setStatus(403);
        assertThat(rendered).containsEntry("template", "templates/platform/problem.vm")
                .containsEntry("message", "Only a change manager or a relman administrator may verify the change log.");
    }

    @Test
    void aChangeManagerAndAnAdministratorGetThePage() throws Exception {
        jira.at("/relman/audit");

        pageFor(CHRIS).service(request, response);
        assertThat(rendered).containsEntry("template", "templates/audit/change-log.vm")
                .containsEntry("pageUrl", "/jira/plugins/servlet/relman/audit");
        rendered.clear();
        pageFor(ADMIN).service(request, response);

        verify(response, org.mockito.Mockito.times(2)).setStatus(200);
        verify(jira.required, org.mockito.Mockito.times(2)).requireWebResource("org.relman.plugin:change-log-resources");
        assertThat(rendered).containsEntry("template", "templates/audit/change-log.vm");
    }
}
