package org.relman.sandbox.web;

import static org.relman.sandbox.web.Html.escape;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.relman.change.domain.ChangeType;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;
import org.relman.sandbox.auth.SeededUser;
import org.relman.sandbox.auth.SeededUsers;
import org.relman.sandbox.issues.SandboxRfcFiling;

/**
 * {@code /secure/CreateRfc}: the sandbox's stand-in for Jira's create-issue screen for an RFC, kept small —
 * summary, change type, requested window, change owner and the three plans. The logged-in user is the
 * requester; the new RFC opens on its issue page, where the CAB panel offers to submit it.
 */
public final class CreateRfcServlet extends HttpServlet {

    public static final String PATH = "/secure/CreateRfc";

    private final SandboxRfcFiling filing;
    private final SeededUsers users;
    private final CurrentUser currentUser;

    public CreateRfcServlet(SandboxRfcFiling filing, SeededUsers users, CurrentUser currentUser) {
        this.filing = filing;
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        form(request, response, HttpServletResponse.SC_OK, Map.of(), Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        UserRef user = currentUser.get().orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        String summary = trimmed(request, "summary");
        if (summary == null) {
            errors.put("summary", "Summary: required.");
        } else if (summary.length() > 255) {
            errors.put("summary", "Summary: at most 255 characters.");
        }
        ChangeType type = null;
        try {
            type = ChangeType.valueOf(String.valueOf(trimmed(request, "changeType")).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("changeType", "Change type: choose standard, normal, emergency or major.");
        }
        String owner = trimmed(request, "changeOwner");
        if (owner != null && users.find(owner).isEmpty()) {
            errors.put("changeOwner", "Change owner: no sandbox user is called " + owner + ".");
        }
        Instant start = instant(request, "windowStart", "Window start", errors);
        Instant end = instant(request, "windowEnd", "Window end", errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.put("windowEnd", "Window end: must be after the window start.");
        }
        if (!errors.isEmpty()) {
            form(request, response, HttpServletResponse.SC_BAD_REQUEST, values(request), errors);
            return;
        }
        IssueRef issue = filing.file(new SandboxRfcFiling.NewRfc(summary, type, user.key(), owner, start, end,
                trimmed(request, "implementationPlan"), trimmed(request, "backoutPlan"), trimmed(request, "testPlan")));
        response.sendRedirect(request.getContextPath() + SandboxPaths.BROWSE + issue.key());
    }

    private void form(HttpServletRequest request, HttpServletResponse response, int status, Map<String, String> values,
                      Map<String, String> errors) throws IOException {
        UserRef user = currentUser.get().orElseThrow();
        StringBuilder body = new StringBuilder("<h1>Create RFC</h1>");
        if (!errors.isEmpty()) {
            body.append("<div class=\"aui-message aui-message-error\" role=\"alert\" id=\"create-rfc-errors\"><p>")
                    .append(escape(String.join(" ", errors.values()))).append("</p></div>");
        }
        body.append("<form class=\"aui\" id=\"create-rfc\" method=\"post\" action=\"").append(escape(request.getContextPath()))
                .append(PATH).append("\">")
                .append(field("summary", "Summary", "<input class=\"text long-field\" id=\"summary\" name=\"summary\" "
                        + "maxlength=\"255\" required value=\"" + escape(values.getOrDefault("summary", "")) + "\">", errors));
        StringBuilder types = new StringBuilder("<select class=\"select\" id=\"changeType\" name=\"changeType\">");
        for (ChangeType t : ChangeType.values()) {
            String code = t.name().toLowerCase(Locale.ROOT);
            types.append("<option value=\"").append(code).append("\"")
                    .append(code.equals(values.getOrDefault("changeType", "normal")) ? " selected" : "").append(">")
                    .append(code).append("</option>");
        }
        body.append(field("changeType", "Change type", types.append("</select>").toString(), errors));
        StringBuilder owners = new StringBuilder("<select class=\"select\" id=\"changeOwner\" name=\"changeOwner\"><option value=\"\">none</option>");
        for (SeededUser u : users.all()) {
            owners.append("<option value=\"").append(escape(u.username())).append("\"")
                    .append(u.username().equals(values.get("changeOwner")) ? " selected" : "").append(">")
                    .append(escape(u.displayName())).append("</option>");
        }
        body.append(field("changeOwner", "Change owner", owners.append("</select>").toString(), errors))
                .append(field("windowStart", "Window start (UTC)", input("windowStart", values), errors))
                .append(field("windowEnd", "Window end (UTC)", input("windowEnd", values), errors));
        for (String[] plan : new String[][] {{"implementationPlan", "Implementation plan"}, {"backoutPlan", "Backout plan"},
                {"testPlan", "Test plan"}}) {
            body.append(field(plan[0], plan[1], "<textarea class=\"textarea\" id=\"" + plan[0] + "\" name=\"" + plan[0]
                    + "\" rows=\"3\" maxlength=\"4000\">" + escape(values.getOrDefault(plan[0], "")) + "</textarea>", errors));
        }
        body.append("<div class=\"buttons-container\"><div class=\"buttons\"><button type=\"submit\" id=\"create-rfc-submit\" "
                + "class=\"aui-button aui-button-primary\">Create</button></div></div></form>");
        PageLayout.write(request, response, status, "Create RFC", user, null, body.toString());
    }

    private static String field(String name, String label, String control, Map<String, String> errors) {
        String error = errors.get(name);
        return "<div class=\"field-group\"><label for=\"" + name + "\">" + escape(label) + "</label>" + control
                + (error == null ? "" : "<div class=\"error\" id=\"" + name + "-error\">" + escape(error) + "</div>") + "</div>";
    }

    private static String input(String name, Map<String, String> values) {
        return "<input class=\"text\" type=\"datetime-local\" id=\"" + name + "\" name=\"" + name + "\" value=\""
                + escape(values.getOrDefault(name, "")) + "\">";
    }

    private static Map<String, String> values(HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> values.put(k, v.length == 0 ? "" : v[0]));
        return values;
    }

    private static String trimmed(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant instant(HttpServletRequest request, String name, String label, Map<String, String> errors) {
        String value = trimmed(request, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            errors.put(name, label + ": not a date and time (yyyy-MM-ddTHH:mm).");
            return null;
        }
    }
}
