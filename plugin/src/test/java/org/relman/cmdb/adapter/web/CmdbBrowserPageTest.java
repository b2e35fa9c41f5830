package org.relman.cmdb.adapter.web;

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
import org.relman.platform.adapter.web.PageSupport;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/** The CMDB browser as a servlet: who may open it, and what its template gets. */
@ExtendWith(MockitoExtension.class)
class CmdbBrowserPageTest {

    private static final UserRef GUEST = new UserRef("guest", "guest", "Gus Guest");
    private static final UserRef RITA = new UserRef("rita", "rita", "Rita Alvarez");

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

    private CmdbBrowserPage pageFor(UserRef visitor) {
        CurrentUser current = () -> Optional.of(visitor);
        AccessGuard access = new AccessGuard(current, (user, role) -> user.equals(RITA) && role == RelmanRole.CMDB_READER);
        return new CmdbBrowserPage(new PageSupport(templates, pageBuilder, loginUris, current), access);
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
        when(request.getServletPath()).thenReturn("/plugins/servlet");
        when(request.getPathInfo()).thenReturn("/relman/cmdb");

        pageFor(RITA).service(request, response);

        verify(response).setStatus(200);
        verify(required).requireWebResource("org.relman.plugin:cmdb-browser-resources");
        assertThat(rendered).containsEntry("template", "templates/cmdb/browser.vm")
                .containsEntry("restBase", "/jira/rest/relman/1.0")
                .containsEntry("pageUrl", "/jira/plugins/servlet/relman/cmdb");
    }
}
