package org.relman.change.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relman.change.app.ChangeAccess;
import org.relman.platform.adapter.web.PageSupport;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/** The CAB administration and agenda pages as servlets: who may open them, and what their templates get. */
@ExtendWith(MockitoExtension.class)
class ChangeManagementPagesTest {

    private static final UserRef RITA = new UserRef("rita", "rita", "Rita Alvarez");
    private static final UserRef CHRIS = new UserRef("chris", "chris", "Chris Nakamura");
    private static final UserRef ADMIN = new UserRef("admin", "admin", "Administrator");

    @Mock
    TemplateRenderer templates;
    @Mock
    PageBuilderService pageBuilder;
    @Mock
    WebResourceAssembler assembler;
    @Mock
    RequiredResources required;
    @Mock
    LoginUriProvider loginUris;
    @Mock
    HttpServletRequest request;
    @Mock
    HttpServletResponse response;

    private final Map<String, Object> rendered = new HashMap<>();

    @BeforeEach
    void jira() throws Exception {
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(required);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        when(request.getMethod()).thenReturn("GET");
        when(request.getContextPath()).thenReturn("/jira");
        doAnswer(call -> {
            rendered.put("template", call.getArgument(0));
            rendered.putAll(call.getArgument(1));
            return null;
        }).when(templates).render(any(), anyMap(), any(Writer.class));
    }

    private PageSupport pages(UserRef visitor) {
        return new PageSupport(templates, pageBuilder, loginUris, () -> Optional.of(visitor));
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
        when(request.getServletPath()).thenReturn("/plugins/servlet");
        when(request.getPathInfo()).thenReturn("/relman/cabs");

        new CabAdminPage(pages(CHRIS), access(CHRIS)).service(request, response);

        verify(response).setStatus(200);
        verify(required).requireWebResource("org.relman.plugin:cab-admin-resources");
        assertThat(rendered).containsEntry("template", "templates/change/cabs.vm")
                .containsEntry("restBase", "/jira/rest/relman/1.0")
                .containsEntry("pageUrl", "/jira/plugins/servlet/relman/cabs");
    }

    @Test
    void aRelmanAdministratorGetsTheAgendaPage() throws Exception {
        when(request.getServletPath()).thenReturn("/plugins/servlet");
        when(request.getPathInfo()).thenReturn("/relman/cab-agenda");

        new CabAgendaPage(pages(ADMIN), access(ADMIN)).service(request, response);

        verify(response).setStatus(200);
        verify(required).requireWebResource("org.relman.plugin:cab-agenda-resources");
        assertThat(rendered).containsEntry("template", "templates/change/agenda.vm");
    }
}
