package org.relman.sandbox.auth;

import static org.relman.sandbox.web.Html.escape;

import java.io.IOException;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.relman.sandbox.web.PageLayout;

/**
 * {@code /login.jsp}, with the field names of Jira's own login form ({@code os_username},
 * {@code os_password}, {@code os_destination}) so a script or test written for one fits the other.
 * A failed login says only that the pair was wrong, never which half.
 */
public final class LoginServlet extends HttpServlet {

    static final String WRONG = "Sorry, your username and password are incorrect - please try again.";

    private final SeededUsers users;

    public LoginServlet(SeededUsers users) {
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String notice = request.getParameter("logged_out") != null ? "You are now logged out." : null;
        render(request, response, HttpServletResponse.SC_OK, "", notice, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String username = request.getParameter("os_username");
        Optional<SeededUser> user = users.authenticate(username, request.getParameter("os_password"));
        if (user.isEmpty()) {
            response.setHeader("X-Seraph-LoginReason", "AUTHENTICATED_FAILED");
            render(request, response, HttpServletResponse.SC_OK, username == null ? "" : username, null, WRONG);
            return;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(AuthenticationFilter.SESSION_USER, user.get().username());
        response.setHeader("X-Seraph-LoginReason", "OK");
        response.sendRedirect(request.getContextPath() + safeDestination(request.getParameter("os_destination")));
    }

    /** Only a path on this server: never {@code //evil.example} or an absolute URL. */
    static String safeDestination(String destination) {
        if (destination == null || !destination.startsWith("/") || destination.startsWith("//")
                || destination.contains("\\") || destination.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return destination;
    }

    private void render(HttpServletRequest request, HttpServletResponse response, int status, String username,
                        String notice, String error) throws IOException {
        String destination = request.getParameter("os_destination");
        String ctx = escape(request.getContextPath());
        StringBuilder body = new StringBuilder();
        body.append("<h1>Log in to the relman sandbox</h1>")
                .append("<div class=\"aui-message aui-message-info\"><p>").append(escape(PageLayout.STAND_IN)).append("</p></div>");
        if (notice != null) {
            body.append("<div class=\"aui-message aui-message-success\" id=\"login-notice\"><p>").append(escape(notice)).append("</p></div>");
        }
        if (error != null) {
            body.append("<div class=\"aui-message aui-message-error\" id=\"login-error\" role=\"alert\"><p>")
                    .append(escape(error)).append("</p></div>");
        }
        body.append("<form id=\"login-form\" class=\"aui sandbox-login\" method=\"post\" action=\"").append(ctx).append("/login.jsp\">")
                .append("<div class=\"field-group\"><label for=\"login-form-username\">Username</label>")
                .append("<input class=\"text\" type=\"text\" id=\"login-form-username\" name=\"os_username\" autocomplete=\"username\" autofocus value=\"")
                .append(escape(username)).append("\"></div>")
                .append("<div class=\"field-group\"><label for=\"login-form-password\">Password</label>")
                .append("<input class=\"password\" type=\"password\" id=\"login-form-password\" name=\"os_password\" autocomplete=\"current-password\"></div>")
                .append("<input type=\"hidden\" name=\"os_destination\" value=\"").append(escape(safeDestination(destination))).append("\">")
                .append("<div class=\"buttons-container\"><div class=\"buttons\">")
                .append("<button type=\"submit\" id=\"login-form-submit\" class=\"aui-button aui-button-primary\">Log In</button>")
                .append("</div></div></form>")
                .append("<h2>Sandbox users</h2><p id=\"login-hint\">Every sandbox user's password is their username,"
                        + " like <code>admin</code>/<code>admin</code> in <code>atlas-run</code>.</p>")
                .append("<table class=\"aui\"><thead><tr><th>Username</th><th>Name</th><th>Who they are</th></tr></thead><tbody>")
                .append(users.all().stream().map(u -> "<tr><td><code>" + escape(u.username()) + "</code></td><td>"
                        + escape(u.displayName()) + "</td><td>" + escape(u.whatFor()) + "</td></tr>").collect(Collectors.joining()))
                .append("</tbody></table>");
        PageLayout.write(request, response, status, "Log in", null, null, body.toString());
    }
}
