package org.relman.audit.adapter.web;

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
import org.relman.audit.app.AuditTrail;
import org.relman.platform.adapter.web.PageSupport;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/** The change-log page as a servlet: only those who may verify the chain open it. */
@ExtendWith(MockitoExtension.class)
class ChangeLogPageTest {

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

    private ChangeLogPage pageFor(UserRef visitor) {
        CurrentUser current = () -> Optional.of(visitor);
        AccessGuard access = new AccessGuard(current, (user, role) -> user.equals(CHRIS) && role == RelmanRole.CHANGE_MANAGER
                || user.equals(ADMIN) && role == RelmanRole.ADMINISTRATOR);
        // reading the chain is not needed to decide who may open the page
        return new ChangeLogPage(new PageSupport(templates, pageBuilder, loginUris, current), new AuditTrail(access, null, null));
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
        when(request.getServletPath()).thenReturn("/plugins/servlet");
        when(request.getPathInfo()).thenReturn("/relman/audit");

        pageFor(CHRIS).service(request, response);
        assertThat(rendered).containsEntry("template", "templates/audit/change-log.vm")
                .containsEntry("pageUrl", "/jira/plugins/servlet/relman/audit");
        rendered.clear();
        pageFor(ADMIN).service(request, response);

        verify(response, org.mockito.Mockito.times(2)).setStatus(200);
        verify(required, org.mockito.Mockito.times(2)).requireWebResource("org.relman.plugin:change-log-resources");
        assertThat(rendered).containsEntry("template", "templates/audit/change-log.vm");
    }
}
