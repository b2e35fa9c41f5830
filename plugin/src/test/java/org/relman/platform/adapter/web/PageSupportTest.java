package org.relman.platform.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

@ExtendWith(MockitoExtension.class)
class PageSupportTest {

    private static final UserRef RITA = new UserRef("rita", "rita", "Rita Alvarez");
    private static final String PAGE = "http://jira.example/jira/plugins/servlet/relman/cmdb";

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

    private final StringWriter body = new StringWriter();
    private final Map<String, Object> renderedContext = new HashMap<>();
    private Optional<UserRef> visitor = Optional.of(RITA);

    record SampleView(String restBase, int pageSize) {
    }

    @BeforeEach
    void jiraAroundThePage() throws IOException {
        lenient().when(pageBuilder.assembler()).thenReturn(assembler);
        lenient().when(assembler.resources()).thenReturn(required);
        lenient().when(response.getWriter()).thenReturn(new PrintWriter(body, true));
        lenient().when(request.getContextPath()).thenReturn("/jira");
        lenient().doAnswer(call -> {
            renderedContext.putAll(call.getArgument(1));
            call.getArgument(2, Writer.class).write("<html>rendered " + call.getArgument(0) + "</html>");
            return null;
        }).when(templates).render(any(), anyMap(), any(Writer.class));
    }

    private PageSupport pages() {
        return new PageSupport(templates, pageBuilder, loginUris, () -> visitor);
    }

    @Test
    void anonymousVisitorIsSentToLoginAndBackToThePageWithItsQuery() throws IOException {
        visitor = Optional.empty();
        when(request.getRequestURL()).thenReturn(new StringBuffer(PAGE));
        when(request.getQueryString()).thenReturn("q=crm&type=application");
        when(loginUris.getLoginUri(URI.create(PAGE + "?q=crm&type=application")))
                .thenReturn(URI.create("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Frelman%2Fcmdb%3Fq%3Dcrm"));
        AtomicBoolean viewBuilt = new AtomicBoolean();

        pages().serve(request, response, r -> {
            viewBuilt.set(true);
            return PageView.of("templates/x.vm", new SampleView("/jira/rest", 1));
        });

        verify(response).sendRedirect("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Frelman%2Fcmdb%3Fq%3Dcrm");
        assertThat(viewBuilt).as("nothing of the page is built for an anonymous visitor").isFalse();
        assertThat(body.toString()).isEmpty();
    }

    @Test
    void aPageIsItsTemplateRenderedWithTheViewRecordAndItsWebResources() throws IOException {
        pages().serve(request, response, r -> PageView.of("templates/sample.vm", new SampleView("/jira/rest/relman/1.0", 50),
                "sample-resources"));

        verify(required).requireWebResource("org.relman.plugin:relman-web");
        verify(required).requireWebResource("org.relman.plugin:sample-resources");
        verify(response).setStatus(200);
        verify(response).setContentType("text/html;charset=UTF-8");
        assertThat(renderedContext).containsExactlyInAnyOrderEntriesOf(Map.of("restBase", "/jira/rest/relman/1.0", "pageSize", 50));
        assertThat(body.toString()).isEqualTo("<html>rendered templates/sample.vm</html>");
    }

    @Test
    void aRefusalBecomesA403PageThatNamesTheMissingRole() throws IOException {
        pages().serve(request, response, r -> {
            throw AccessDeniedException.missingRole(RelmanRole.CMDB_READER, "read the CMDB");
        });

        verify(response).setStatus(403);
        assertThat(body.toString()).contains(ProblemView.TEMPLATE);
        assertThat(renderedContext).containsEntry("headingKey", "relman.page.refused.heading")
                .containsEntry("message", "Only a CMDB reader may read the CMDB.")
                .containsEntry("homeUrl", "/jira/");
        verify(required).requireWebResource("org.relman.plugin:relman-web");
    }

    @Test
    void aRefusalForWantOfLoginSendsToLoginToo() throws IOException {
        when(request.getRequestURL()).thenReturn(new StringBuffer(PAGE));
        when(loginUris.getLoginUri(URI.create(PAGE))).thenReturn(URI.create("/jira/login.jsp"));

        pages().serve(request, response, r -> {
            throw AccessDeniedException.notLoggedIn();
        });

        verify(response).sendRedirect("/jira/login.jsp");
        verify(response, never()).setStatus(403);
    }

    @Test
    void somethingMissingBecomesA404PageWithTheReason() throws IOException {
        pages().serve(request, response, r -> {
            throw new NotFoundException("No configuration item has the key NOPE.");
        });

        verify(response).setStatus(404);
        assertThat(renderedContext).containsEntry("headingKey", "relman.page.notfound.heading")
                .containsEntry("message", "No configuration item has the key NOPE.");
    }

    @Test
    void aFailingTemplateSendsNoHalfPage() throws IOException {
        doThrow(new IOException("templates/broken.vm is not on the class path"))
                .when(templates).render(eq("templates/broken.vm"), anyMap(), any(Writer.class));

        assertThatThrownBy(() -> pages().serve(request, response, r -> PageView.of("templates/broken.vm",
                new SampleView("/jira/rest", 1)))).isInstanceOf(IOException.class);

        verify(response, never()).setStatus(200);
        verify(response, never()).getWriter();
    }

    @Test
    void securityHeadersAreAddedWhereJiraHasNotSetThem() throws IOException {
        when(response.containsHeader(any())).thenAnswer(call -> "X-Frame-Options".equals(call.getArgument(0)));

        pages().serve(request, response, r -> PageView.of("templates/sample.vm", new SampleView("/jira/rest", 1)));

        verify(response).setHeader("X-Content-Type-Options", "nosniff");
        verify(response).setHeader("Cache-Control", "no-store");
        verify(response, never()).setHeader(eq("X-Frame-Options"), any());
    }

    @Test
    void aMalformedQueryIsDroppedFromTheWayBack() {
        when(request.getRequestURL()).thenReturn(new StringBuffer(PAGE));
        when(request.getQueryString()).thenReturn("q=<bad query>");

        assertThat(PageSupport.returnUri(request)).isEqualTo(URI.create(PAGE));
    }
}
