package org.relman.platform.adapter.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.NotFoundException;

/**
 * Everything a relman page does besides building its view: anonymous visitors go to Jira's login and
 * come back; a refusal from the page's permission check becomes a 403 page that says which role is
 * missing; the page's web resources are required through Jira's page builder (the {@code atl.general}
 * decorator writes them into the page); the template is rendered by Jira's template renderer, which
 * escapes every {@code $reference}.
 */
@Named
public class PageSupport {

    private final TemplateRenderer templates;
    private final PageBuilderService pageBuilder;
    private final LoginUriProvider loginUris;
    private final CurrentUser currentUser;

    @Inject
    public PageSupport(@ComponentImport TemplateRenderer templates, @ComponentImport PageBuilderService pageBuilder,
                       @ComponentImport LoginUriProvider loginUris, CurrentUser currentUser) {
        this.templates = templates;
        this.pageBuilder = pageBuilder;
        this.loginUris = loginUris;
        this.currentUser = currentUser;
    }

    /** How a page builds its view once the visitor is known: checks permission first, may throw a refusal. */
    @FunctionalInterface
    public interface ViewBuilder {
        PageView view(HttpServletRequest request);
    }

    public void serve(HttpServletRequest request, HttpServletResponse response, ViewBuilder page) throws IOException {
        SecurityHeaders.addMissing(response);
        if (currentUser.get().isEmpty()) {
            sendToLogin(request, response);
            return;
        }
        PageView view;
        try {
            view = page.view(request);
        } catch (AccessDeniedException e) {
            if (!e.authenticated()) {
                sendToLogin(request, response);
                return;
            }
            view = problem("relman.page.refused.heading", e.getMessage(), request);
            render(response, HttpServletResponse.SC_FORBIDDEN, view);
            return;
        } catch (NotFoundException e) {
            render(response, HttpServletResponse.SC_NOT_FOUND, problem("relman.page.notfound.heading", e.getMessage(), request));
            return;
        }
        render(response, HttpServletResponse.SC_OK, view);
    }

    /** The URL of this page below Jira's context path, e.g. {@code /jira/plugins/servlet/relman/cmdb}. */
    public static String pageUrl(HttpServletRequest request) {
        return request.getContextPath() + request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    /** relman's REST base URL for this request, e.g. {@code /jira/rest/relman/1.0}. */
    public static String restBase(HttpServletRequest request) {
        return request.getContextPath() + RelmanWeb.REST_PATH;
    }

    private PageView problem(String headingKey, String message, HttpServletRequest request) {
        return PageView.of(ProblemView.TEMPLATE, new ProblemView(headingKey, message, request.getContextPath() + "/"));
    }

    private void render(HttpServletResponse response, int status, PageView view) throws IOException {
        RequiredResources required = pageBuilder.assembler().resources();
        required.requireWebResource(RelmanWeb.completeKey(RelmanWeb.BASE_RESOURCES));
        for (String module : view.webResources()) {
            required.requireWebResource(RelmanWeb.completeKey(module));
        }
        // rendered whole before anything is sent, so a failing template cannot leave half a page
        StringWriter html = new StringWriter();
        templates.render(view.template(), ViewContext.of(view.view()), html);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html.toString());
    }

    private void sendToLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(loginUris.getLoginUri(returnUri(request)).toASCIIString());
    }

    /** The page as the browser asked for it, query included, for the login page to send the user back to. */
    static URI returnUri(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        String query = request.getQueryString();
        try {
            return URI.create(query == null ? url.toString() : url + "?" + query);
        } catch (IllegalArgumentException malformedQuery) {
            return URI.create(url.toString());
        }
    }
}
