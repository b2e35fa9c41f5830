package org.relman.change.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;

import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.relman.change.app.ChangeAccess;
import org.relman.platform.adapter.web.PageHarness;
import org.relman.platform.adapter.web.PageSupport;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/** The CAB administration and agenda pages as servlets: who may open them, and what their templates get. */
class ChangeManagementPagesTest {

    private static final UserRef RITA = new UserRef("rita", "rita", "Rita Alvarez");
    private static final UserRef CHRIS = new UserRef("chris", "chris", "Chris Nakamura");
    private static final UserRef ADMIN = new UserRef("admin", "admin", "Administrator");

    private final PageHarness jira = new PageHarness();
    private final HttpServletRequest request = jira.request;
    private final HttpServletResponse response = jira.response;
    private final Map<String, Object> rendered = jira.rendered;

    private PageSupport pages(UserRef visitor) {
        return jira.support(visitor);
    }

    private ChangeAccess access(UserRef visitor) {
        CurrentUser current = () -> Optional.of(visitor);
        return new ChangeAccess(new AccessGuard(current, (user, role) -> user.equals(CHRIS) && role == RelmanRole.CHANGE_MANAGER
                || user.equals(ADMIN) && role == RelmanRole.ADMINISTRATOR));
    }

    @Test
    void someoneWithoutTheRoleIsRefusedTheCabPageWithTheRolesNamed() throws Exception {
        new CabAdminPage(pages(RITA), access(RITA)).service(request, response);

        verify(response).setStatus(403);
        assertThat(rendered).containsEntry("template", "templates/platform/problem.vm")
                .containsEntry("message", "Only a change manager or a relman administrator may administer CABs.");
    }

    @Test
    void someoneWithoutTheRoleIsRefusedTheAgendaPageWithTheRolesNamed() throws Exception {
        new CabAgendaPage(pages(RITA), access(RITA)).service(request, response);

        verify(response).setStatus(403);
        assertThat(rendered).containsEntry("message", "Only a change manager or a relman administrator may plan CAB meetings.");
    }

    @Test
    void aChangeManagerGetsTheCabPageWithWhereToFindTheApi() throws Exception {
        jira.at("/relman/cabs");

        new CabAdminPage(pages(CHRIS), access(CHRIS)).service(request, response);

        verify(response).setStatus(200);
        verify(jira.required).requireWebResource("org.relman.plugin:cab-admin-resources");
        assertThat(rendered).containsEntry("template", "templates/change/cabs.vm")
                .containsEntry("restBase", "/jira/rest/relman/1.0")
                .containsEntry("pageUrl", "/jira/plugins/servlet/relman/cabs");
    }

    @Test
    void aRelmanAdministratorGetsTheAgendaPage() throws Exception {
        jira.at("/relman/cab-agenda");

        new CabAgendaPage(pages(ADMIN), access(ADMIN)).service(request, response);

        verify(response).setStatus(200);
        verify(jira.required).requireWebResource("org.relman.plugin:cab-agenda-resources");
        assertThat(rendered).containsEntry("template", "templates/change/agenda.vm");
    }
}
