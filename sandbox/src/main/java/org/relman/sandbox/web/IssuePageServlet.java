package org.relman.sandbox.web;

import static org.relman.sandbox.web.Html.escape;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;
import org.relman.sandbox.auth.SeededUser;
import org.relman.sandbox.auth.SeededUsers;
import org.relman.sandbox.issues.SandboxIssueStore;
import org.relman.sandbox.pages.SandboxPageBuilder;
import org.relman.sandbox.panels.RequiredResources;
import org.relman.sandbox.panels.WebPanels;
import org.relman.sandbox.panels.WebPanels.IssueContext;
import org.relman.sandbox.panels.WebPanels.RenderedPanel;

/**
 * {@code /browse/KEY}: a small issue view, the issue's fields and the plugin's web panels in
 * Jira's two issue-view columns ({@code atl.jira.view.issue.left.context} and {@code right.context}).
 */
public final class IssuePageServlet extends HttpServlet {

    static final String LEFT = "atl.jira.view.issue.left.context";
    static final String RIGHT = "atl.jira.view.issue.right.context";

    private final SandboxIssueStore issues;
    private final SeededUsers users;
    private final CurrentUser currentUser;
    private final WebPanels panels;
    private final SandboxPageBuilder pageBuilder;

    public IssuePageServlet(SandboxIssueStore issues, SeededUsers users, CurrentUser currentUser, WebPanels panels,
                            SandboxPageBuilder pageBuilder) {
        this.issues = issues;
        this.users = users;
        this.currentUser = currentUser;
        this.panels = panels;
        this.pageBuilder = pageBuilder;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserRef user = currentUser.get().orElseThrow();
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<IssueRef> found = issues.find(key, user);
        if (found.isEmpty()) {
            PageLayout.write(request, response, HttpServletResponse.SC_NOT_FOUND, "Issue not found", user, null,
                    "<h1>Issue not found</h1><p id=\"issue-not-found\">The issue <code>" + escape(key)
                            + "</code> does not exist in the sandbox. <a href=\"" + escape(request.getContextPath())
                            + "/\">See the demo issues</a>.</p>");
            return;
        }
        IssueRef issue = found.get();
        IssueContext context = new IssueContext(issue, issues.projectName(issue.projectKey()), user,
                k -> users.find(k).map(SeededUser::ref).orElse(null), request.getContextPath(), request);
        RequiredResources resources = panels.newResources();
        List<RenderedPanel> left;
        List<RenderedPanel> right;
        // panels' context providers may require their resources through Jira's page builder, as in Jira
        try (SandboxPageBuilder.Scope ignored = pageBuilder.begin(resources)) {
            left = panels.render(LEFT, context, resources);
            right = panels.render(RIGHT, context, resources);
        }

        StringBuilder body = new StringBuilder();
        body.append("<ol class=\"aui-nav aui-nav-breadcrumbs\"><li><a href=\"").append(escape(request.getContextPath()))
                .append("/\">").append(escape(issues.projectName(issue.projectKey()))).append("</a></li><li>")
                .append(escape(issue.key())).append("</li></ol>")
                .append("<h1 id=\"summary-val\">").append(escape(issue.summary())).append("</h1>")
                .append("<div class=\"sandbox-columns\"><div class=\"sandbox-main\">")
                .append("<h2>Details</h2><table class=\"aui\" id=\"issue-details\"><tbody>")
                .append(row("Key", issue.key(), "key-val"))
                .append(row("Type", issue.issueType(), "type-val"))
                .append(row("Project", issues.projectName(issue.projectKey()) + " (" + issue.projectKey() + ")", "project-val"))
                .append(row("Reporter", name(issue.reporterKey()), "reporter-val"))
                .append(row("Assignee", name(issue.assigneeKey()), "assignee-val"))
                .append("</tbody></table>");
        appendPanels(body, left);
        body.append("</div><div class=\"sandbox-side\">");
        appendPanels(body, right);
        body.append("</div></div>");
        PageLayout.write(request, response, HttpServletResponse.SC_OK, "[" + issue.key() + "] " + issue.summary(), user,
                resources.headHtml(request.getContextPath()), body.toString());
    }

    private static void appendPanels(StringBuilder body, List<RenderedPanel> rendered) {
        for (RenderedPanel panel : rendered) {
            body.append("<section class=\"sandbox-panel\" id=\"").append(escape(panel.key())).append("\"><h3>")
                    .append(escape(panel.label())).append("</h3>");
            if (panel.error() != null) {
                body.append("<div class=\"aui-message aui-message-error sandbox-panel-error\"><p>Error rendering '")
                        .append(escape(panel.key())).append("': ").append(escape(panel.error())).append("</p></div>");
            } else {
                body.append(panel.html());
            }
            body.append("</section>");
        }
    }

    private static String row(String label, String value, String id) {
        return "<tr><th>" + escape(label) + "</th><td id=\"" + id + "\">" + escape(value) + "</td></tr>";
    }

    private String name(String userKey) {
        if (userKey == null) {
            return "Unassigned";
        }
        return users.find(userKey).map(SeededUser::displayName).orElse(userKey);
    }
}
