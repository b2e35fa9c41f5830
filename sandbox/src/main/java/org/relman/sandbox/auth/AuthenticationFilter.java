package org.relman.sandbox.auth;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.relman.platform.domain.UserRef;
import org.relman.sandbox.web.JsonErrors;
import org.relman.sandbox.web.SandboxPaths;

/**
 * Finds out who is calling and binds them to the request thread for {@link RequestCurrentUser}.
 * Browsers log in through the login page and keep an HTTP session; scripts may send HTTP Basic
 * credentials to the REST API instead, as they can against Jira. Anonymous callers reach REST
 * (which answers 401 itself where it must), plugin servlets and static files; every other page
 * sends them to the login page.
 */
public final class AuthenticationFilter extends HttpFilter {

    /** The session attribute holding the logged-in username. */
    public static final String SESSION_USER = "relman.sandbox.username";

    private final SeededUsers users;
    private final RequestCurrentUser currentUser;

    public AuthenticationFilter(SeededUsers users, RequestCurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = SandboxPaths.within(request);
        Optional<SeededUser> user;
        if (path.startsWith("/rest/") && basicCredentials(request) != null) {
            String[] credentials = basicCredentials(request);
            user = users.authenticate(credentials[0], credentials[1]);
            if (user.isEmpty()) {
                response.setHeader("X-Seraph-LoginReason", "AUTHENTICATED_FAILED");
                JsonErrors.send(response, HttpServletResponse.SC_UNAUTHORIZED,
                        "Basic authentication failed: the username or password is wrong.");
                return;
            }
        } else {
            user = sessionUser(request);
        }
        if (user.isEmpty() && needsLogin(path)) {
            response.sendRedirect(loginUrl(request));
            return;
        }
        UserRef ref = user.map(SeededUser::ref).orElse(null);
        response.setHeader("X-AUSERNAME", ref == null ? "anonymous" : ref.name());
        try (RequestCurrentUser.Scope ignored = currentUser.bind(ref)) {
            chain.doFilter(request, response);
        }
    }

    private Optional<SeededUser> sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(SESSION_USER);
        return username instanceof String name ? users.find(name) : Optional.empty();
    }

    private static boolean needsLogin(String path) {
        return !(path.startsWith("/rest/")
                || path.equals(SandboxPaths.LOGIN)
                || path.equals(SandboxPaths.LOGOUT)
                || path.startsWith("/static/")
                || path.startsWith("/download/")
                || path.startsWith("/plugins/servlet/")
                || path.equals("/favicon.ico"));
    }

    private static String loginUrl(HttpServletRequest request) {
        String destination = SandboxPaths.within(request);
        if (request.getQueryString() != null) {
            destination += "?" + request.getQueryString();
        }
        String login = request.getContextPath() + SandboxPaths.LOGIN;
        if (destination.isEmpty() || destination.equals("/")) {
            return login;
        }
        return login + "?os_destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8);
    }

    /** {@code [username, password]} from an {@code Authorization: Basic} header, or null when there is none. */
    static String[] basicCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new String[] {"", ""};
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? new String[] {decoded, ""} : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
}
