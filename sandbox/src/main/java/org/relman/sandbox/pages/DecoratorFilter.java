package org.relman.sandbox.pages;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.relman.platform.app.CurrentUser;
import org.relman.sandbox.panels.RequiredResources;
import org.relman.sandbox.plugin.PluginDescriptor;
import org.relman.sandbox.web.PageLayout;
import org.relman.sandbox.web.SandboxPaths;

/**
 * What SiteMesh does for a plugin servlet in Jira, in the small: a page whose head says
 * {@code <meta name="decorator" content="atl.general">} (or {@code atl.admin}) gets the sandbox's header,
 * footer and AUI around its body, and the web resources it required through {@code PageBuilderService}
 * (plus the plugin's {@code atl.general} context) in its head. Any other answer passes unchanged.
 */
public final class DecoratorFilter extends HttpFilter {

    private static final Set<String> DECORATORS = Set.of("atl.general", "atl.admin");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern META = Pattern.compile("<meta\\s[^>]*name\\s*=\\s*[\"']decorator[\"'][^>]*>", FLAGS);
    private static final Pattern CONTENT = Pattern.compile("content\\s*=\\s*[\"']([^\"']*)[\"']", FLAGS);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", FLAGS);
    private static final Pattern HEAD = Pattern.compile("<head[^>]*>(.*?)</head>", FLAGS);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", FLAGS);

    private final PluginDescriptor plugin;
    private final SandboxPageBuilder pageBuilder;
    private final CurrentUser currentUser;

    public DecoratorFilter(PluginDescriptor plugin, SandboxPageBuilder pageBuilder, CurrentUser currentUser) {
        this.plugin = plugin;
        this.pageBuilder = pageBuilder;
        this.currentUser = currentUser;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SandboxPaths.within(request).startsWith(SandboxPaths.PLUGIN_SERVLETS + "/")) {
            chain.doFilter(request, response);
            return;
        }
        RequiredResources resources = RequiredResources.forContexts(plugin, "atl.general");
        CapturedResponse captured = new CapturedResponse(response);
        try (SandboxPageBuilder.Scope ignored = pageBuilder.begin(resources)) {
            chain.doFilter(request, captured);
        }
        if (response.isCommitted() || !captured.wroteSomething()) {
            return;
        }
        String html = captured.text();
        String decorator = decoratorOf(response.getContentType(), html);
        if (decorator == null) {
            captured.replay();
            return;
        }
        PageLayout.writeDecorated(request, response, response.getStatus(), first(TITLE, html), currentUser.get().orElse(null),
                resources.headHtml(request.getContextPath()) + ownHead(html), first(BODY, html));
    }

    /** The decorator a page asks for, when the sandbox has it; null for anything else. */
    static String decoratorOf(String contentType, String html) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("text/html")) {
            return null;
        }
        Matcher meta = META.matcher(html);
        if (!meta.find()) {
            return null;
        }
        Matcher content = CONTENT.matcher(meta.group());
        if (!content.find()) {
            return null;
        }
        String name = content.group(1).trim();
        return DECORATORS.contains(name) ? name : null;
    }

    /** What the page put in its head besides its title and the decorator's meta tag. */
    static String ownHead(String html) {
        String head = first(HEAD, html);
        return META.matcher(TITLE.matcher(head).replaceAll("")).replaceAll("").trim();
    }

    private static String first(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        return m.find() ? m.group(1).trim() : "";
    }
}
