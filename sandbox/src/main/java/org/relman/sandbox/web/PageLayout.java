package org.relman.sandbox.web;

import static org.relman.sandbox.web.Html.escape;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.relman.platform.domain.UserRef;

/** The frame every sandbox page shares: AUI's header, the page panel, and a footer that says what this is. */
public final class PageLayout {

    public static final String STAND_IN = "relman sandbox — a stand-in for Jira, not Jira: it runs the relman plugin's"
            + " REST API, pages and panels on embedded Tomcat with a small issue store; install the plugin jar in a"
            + " real Jira 10 for the real thing.";

    /** A request attribute holding a {@code Supplier<String>} of the header's navigation links ({@code <li>}s). */
    public static final String NAVIGATION = "relman.sandbox.navigation";

    private PageLayout() {
    }

    /**
     * Writes a whole page. {@code bodyHtml} and {@code headHtml} must already be escaped where they hold
     * anything a user typed.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                             UserRef user, String headHtml, String bodyHtml) throws IOException {
        write(request, response, status, escape(title), user, headHtml, bodyHtml, true);
    }

    /**
     * The frame around a plugin page that asked for Jira's {@code atl.general} decorator: its title and
     * body are the page's own HTML (already escaped by the template renderer), and the page brings its
     * own AUI page panel, as it must in Jira.
     */
    public static void writeDecorated(HttpServletRequest request, HttpServletResponse response, int status,
                                      String titleHtml, UserRef user, String headHtml, String bodyHtml) throws IOException {
        write(request, response, status, titleHtml, user, headHtml, bodyHtml, false);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String titleHtml,
                              UserRef user, String headHtml, String bodyHtml, boolean panel) throws IOException {
        String ctx = escape(request.getContextPath());
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                // as in Jira: scripts on any page (e.g. an issue-view panel) find relman's REST API below it
                .append("<meta name=\"ajs-context-path\" content=\"").append(ctx).append("\">")
                .append("<title>").append(titleHtml).append(" - relman sandbox</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(ctx).append("/static/aui/aui-prototyping.css\">")
                .append("<link rel=\"stylesheet\" href=\"").append(ctx).append("/static/sandbox/sandbox.css\">")
                .append(headHtml == null ? "" : headHtml)
                .append("</head><body class=\"aui-layout aui-theme-default\"><div id=\"page\">")
                .append("<header id=\"header\" role=\"banner\"><nav class=\"aui-header\" aria-label=\"Site\">")
                .append("<div class=\"aui-header-inner\"><div class=\"aui-header-primary\">")
                .append("<span class=\"aui-header-logo sandbox-logo\"><a href=\"").append(ctx).append("/\">relman sandbox</a></span>")
                .append("<span class=\"aui-lozenge aui-lozenge-moved sandbox-not-jira\">not Jira</span>")
                .append(navigation(request))
                .append("</div><div class=\"aui-header-secondary\"><ul class=\"aui-nav\">");
        if (user != null) {
            html.append("<li><span id=\"header-user\" class=\"sandbox-user\" data-username=\"").append(escape(user.name()))
                    .append("\">").append(escape(user.displayName())).append("</span></li>")
                    .append("<li><form method=\"post\" action=\"").append(ctx).append(SandboxPaths.LOGOUT)
                    .append("\" class=\"sandbox-logout\"><button type=\"submit\" id=\"logout\" class=\"aui-button aui-button-link\">Log out</button></form></li>");
        }
        html.append("</ul></div></div></nav></header>")
                .append("<section id=\"content\" role=\"main\">")
                .append(panel ? "<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\"><div class=\"aui-page-panel-content\">" : "")
                .append(bodyHtml)
                .append(panel ? "</div></div></div>" : "")
                .append("</section>")
                .append("<footer id=\"footer\" role=\"contentinfo\"><p>").append(escape(STAND_IN)).append("</p></footer>")
                .append("</div></body></html>\n");
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html.toString());
    }

    private static String navigation(HttpServletRequest request) {
        if (request.getAttribute(NAVIGATION) instanceof java.util.function.Supplier<?> links) {
            String html = String.valueOf(links.get());
            return html.isEmpty() ? "" : "<ul class=\"aui-nav sandbox-nav\" id=\"sandbox-nav\">" + html + "</ul>";
        }
        return "";
    }
}
