package org.relman.sandbox.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Refuses a state-changing request that a browser says came from another site ({@code Origin}
 * differs from this server's), on every path: REST, login, logout and plugin servlets. The REST
 * content-type rule, which Jira lets a resource opt out of, lives with the REST layer.
 */
public final class SameOriginFilter extends HttpFilter {

    public static final String XSRF_FAILED = "XSRF check failed";
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "DELETE", "PATCH");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isStateChanging(request.getMethod()) && !sameOrigin(request)) {
            JsonErrors.send(response, HttpServletResponse.SC_FORBIDDEN, XSRF_FAILED);
            return;
        }
        chain.doFilter(request, response);
    }

    public static boolean isStateChanging(String method) {
        return STATE_CHANGING.contains(method.toUpperCase(Locale.ROOT));
    }

    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        return origin == null || origin.equalsIgnoreCase(SandboxPaths.ownOrigin(request));
    }
}
