package org.relman.platform.adapter.web;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * A relman page: a {@code <servlet>} module at {@code /plugins/servlet/relman/...} whose subclass says
 * only what to show ({@link #view}: permission check through a use case or {@code AccessGuard}, then a
 * {@link PageView}). Login, refusals, web resources, rendering and headers are {@link PageSupport}'s.
 * Pages only read (GET); they change nothing: state changes go through relman's REST API from the
 * page's JavaScript, where Jira's XSRF protection holds.
 */
public abstract class RelmanPage extends HttpServlet {

    private final transient PageSupport pages;

    protected RelmanPage(PageSupport pages) {
        this.pages = pages;
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.serve(request, response, this::view);
    }

    /**
     * The page for this request. Check permission first (a refusal thrown here becomes the 403 page
     * naming the missing role), then build the view record: no user data, only what the page's
     * script needs to fetch them (URLs) and app-owned text.
     */
    protected abstract PageView view(HttpServletRequest request);
}
