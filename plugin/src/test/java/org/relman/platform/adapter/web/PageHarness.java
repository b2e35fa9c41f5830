package org.relman.platform.adapter.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.relman.platform.domain.UserRef;

/**
 * A relman page under test: Jira's page services (template renderer, page builder, login URIs) and one GET request
 * to {@code /jira/...} as Mockito stand-ins, and {@link #rendered} — the template's name under {@code "template"} and
 * the context it was given.
 */
public final class PageHarness {
    public final TemplateRenderer templates = mock(TemplateRenderer.class);
    public final PageBuilderService pageBuilder = mock(PageBuilderService.class);
    public final RequiredResources required = mock(RequiredResources.class);
    public final LoginUriProvider loginUris = mock(LoginUriProvider.class);
    public final HttpServletRequest request = mock(HttpServletRequest.class);
    public final HttpServletResponse response = mock(HttpServletResponse.class);
    public final Map<String, Object> rendered = new HashMap<>();

    public PageHarness() {
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        lenient().when(pageBuilder.assembler()).thenReturn(assembler);
        lenient().when(assembler.resources()).thenReturn(required);
        try {
            lenient().when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
            lenient().doAnswer(call -> {
                rendered.put("template", call.getArgument(0));
                rendered.putAll(call.getArgument(1));
                return null;
            }).when(templates).render(any(), anyMap(), any(Writer.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        lenient().when(request.getMethod()).thenReturn("GET");
        lenient().when(request.getContextPath()).thenReturn("/jira");
    }

    /** Page support for pages seen by {@code visitor}. */
    public PageSupport support(UserRef visitor) {
        return new PageSupport(templates, pageBuilder, loginUris, () -> Optional.of(visitor));
    }

    /** The request asks for {@code /jira/plugins/servlet<pathInfo>}. */
    public PageHarness at(String pathInfo) {
        lenient().when(request.getServletPath()).thenReturn("/plugins/servlet");
        lenient().when(request.getPathInfo()).thenReturn(pathInfo);
        return this;
    }
}
