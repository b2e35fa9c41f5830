package org.relman.sandbox.web;

import static org.relman.sandbox.web.Html.escape;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;
import org.relman.sandbox.auth.SeededUser;
import org.relman.sandbox.auth.SeededUsers;
import org.relman.sandbox.issues.SandboxIssueStore;
import org.relman.sandbox.plugin.PluginDescriptor;
import org.relman.sandbox.plugin.PluginDescriptor.RestModule;

/** {@code /}: what the sandbox is, who you are here, and links to everything the plugin serves. */
public final class StartPageServlet extends HttpServlet {

    /** REST calls worth a click from the start page, relative to a REST module's base URL. */
    private static final Map<String, String> TRY_REST = Map.of("cmdb/items", "CMDB configuration items (JSON)");

    private final PluginDescriptor plugin;
    private final SeededUsers users;
    private final CurrentUser currentUser;
    private final SandboxIssueStore issues;

    public StartPageServlet(PluginDescriptor plugin, SeededUsers users, CurrentUser currentUser, SandboxIssueStore issues) {
        this.plugin = plugin;
        this.users = users;
        this.currentUser = currentUser;
        this.issues = issues;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/".equals(SandboxPaths.within(request))) {
            PageLayout.write(request, response, HttpServletResponse.SC_NOT_FOUND, "Not found", currentUser.get().orElse(null),
                    null, "<h1>Not found</h1><p>There is no such page in the sandbox. <a href=\""
                            + escape(request.getContextPath()) + "/\">Start page</a></p>");
            return;
        }
        UserRef user = currentUser.get().orElseThrow();
        String ctx = escape(request.getContextPath());
        StringBuilder body = new StringBuilder();
        body.append("<h1>relman sandbox</h1>")
                .append("<div class=\"aui-message aui-message-warning\" id=\"stand-in\"><p>").append(escape(PageLayout.STAND_IN))
                .append("</p></div>")
                .append("<p id=\"whoami\">You are logged in as <strong>").append(escape(user.displayName())).append("</strong> (")
                .append(escape(user.name())).append("). Your relman roles: <span id=\"my-roles\">").append(escape(roles(user)))
                .append("</span>.</p>");
        body.append("<h2>What the plugin serves</h2><p>")
                .append(escape(plugin.name().isBlank() ? plugin.key() : plugin.name())).append(" <code>")
                .append(escape(plugin.key())).append("</code> ").append(escape(plugin.version())).append("</p><ul id=\"plugin-links\">");
        for (RestModule rest : plugin.restModules()) {
            String base = ctx + escape(rest.mountPath()) + "/";
            body.append("<li>REST API at <code>").append(base).append("</code>");
            TRY_REST.forEach((path, label) -> body.append(" — <a href=\"").append(base).append(escape(path)).append("\">")
                    .append(escape(label)).append("</a>"));
            body.append("</li>");
        }
        for (PluginDescriptor.ServletModule servlet : plugin.servletModules()) {
            for (String pattern : servlet.urlPatterns()) {
                String url = ctx + SandboxPaths.PLUGIN_SERVLETS + escape(pattern.replace("*", ""));
                body.append("<li>Page: <a href=\"").append(url).append("\">").append(escape(servlet.name()))
                        .append("</a> <code>").append(url).append("</code></li>");
            }
        }
        body.append("<li>Issue panels: ").append(plugin.webPanels().size())
                .append(" web panel(s), shown on the issue pages below</li></ul>");
        if (!plugin.unhostedModules().isEmpty()) {
            body.append("<p>Modules that need a real Jira and are not run here: <code>")
                    .append(escape(String.join(", ", plugin.unhostedModules()))).append("</code></p>");
        }
        body.append("<h2>Demo issues</h2><p><a class=\"aui-button\" id=\"create-rfc-link\" href=\"").append(ctx)
                .append(CreateRfcServlet.PATH).append("\">Create RFC</a></p><table class=\"aui\" id=\"demo-issues\"><thead><tr><th>Key</th><th>Type</th>")
                .append("<th>Summary</th><th>Reporter</th><th>Assignee</th></tr></thead><tbody>");
        for (IssueRef issue : issues.all()) {
            body.append("<tr><td><a href=\"").append(ctx).append(SandboxPaths.BROWSE).append(escape(issue.key())).append("\">")
                    .append(escape(issue.key())).append("</a></td><td>").append(escape(issue.issueType())).append("</td><td>")
                    .append(escape(issue.summary())).append("</td><td>").append(escape(displayName(issue.reporterKey())))
                    .append("</td><td>").append(escape(displayName(issue.assigneeKey()))).append("</td></tr>");
        }
        body.append("</tbody></table><h2>Sandbox users</h2><p>Log out and in again as another user to see what they see;"
                + " each password is the username.</p><table class=\"aui\"><thead><tr><th>Username</th><th>Name</th>"
                + "<th>relman roles</th></tr></thead><tbody>");
        for (SeededUser u : users.all()) {
            body.append("<tr><td><code>").append(escape(u.username())).append("</code></td><td>").append(escape(u.displayName()))
                    .append("</td><td>").append(escape(roles(u.ref()))).append("</td></tr>");
        }
        body.append("</tbody></table>");
        PageLayout.write(request, response, HttpServletResponse.SC_OK, "Start", user, null, body.toString());
    }

    private String roles(UserRef user) {
        List<String> held = Arrays.stream(RelmanRole.values()).filter(r -> users.hasRole(user, r))
                .map(RelmanRole::label).collect(Collectors.toList());
        return held.isEmpty() ? "none" : String.join(", ", held);
    }

    private String displayName(String userKey) {
        if (userKey == null) {
            return "Unassigned";
        }
        return users.find(userKey).map(SeededUser::displayName).orElse(userKey);
    }
}
