package org.relman.sandbox;

import java.util.ArrayList;
import java.util.List;
import javax.servlet.Servlet;
import org.relman.sandbox.auth.AuthenticationFilter;
import org.relman.sandbox.auth.LoginServlet;
import org.relman.sandbox.auth.LogoutServlet;
import org.relman.sandbox.auth.RequestCurrentUser;
import org.relman.sandbox.auth.SeededUsers;
import org.relman.sandbox.issues.SandboxIssueStore;
import org.relman.sandbox.issues.SandboxRfcFiling;
import org.relman.sandbox.pages.DecoratorFilter;
import org.relman.sandbox.pages.NavigationFilter;
import org.relman.sandbox.panels.TopNavigation;
import org.relman.sandbox.pages.SandboxPageBuilder;
import org.relman.sandbox.pages.SandboxTemplateRenderer;
import org.relman.sandbox.panels.WebPanels;
import org.relman.sandbox.plugin.PluginContainer;
import org.relman.sandbox.plugin.PluginDescriptor;
import org.relman.sandbox.plugin.PluginDescriptor.RestModule;
import org.relman.sandbox.plugin.PluginDescriptor.ServletModule;
import org.relman.sandbox.plugin.PluginStartException;
import org.relman.sandbox.rest.RestApplication;
import org.relman.sandbox.web.ClasspathFiles;
import org.relman.sandbox.web.DownloadResourcesServlet;
import org.relman.sandbox.web.IssuePageServlet;
import org.relman.sandbox.web.SandboxPaths;
import org.relman.sandbox.web.SandboxServer.FilterMount;
import org.relman.sandbox.web.SandboxServer.ServletMount;
import org.relman.sandbox.web.CreateRfcServlet;
import org.relman.sandbox.web.SameOriginFilter;
import org.relman.sandbox.web.SecurityHeadersFilter;
import org.relman.sandbox.web.StartPageServlet;
import org.relman.sandbox.web.StaticFilesServlet;

/** What the sandbox serves, and at which URLs: its own pages, then each module of the plugin it can host. */
final class WebApplication {

    private final PluginDescriptor plugin;
    private final PluginContainer container;
    private final SeededUsers users;
    private final RequestCurrentUser currentUser;
    private final SandboxIssueStore issues;
    private final SandboxRfcFiling filing;
    private final SandboxTemplateRenderer templates;
    private final SandboxPageBuilder pageBuilder;
    private final ClassLoader loader;

    WebApplication(PluginDescriptor plugin, PluginContainer container, SeededUsers users, RequestCurrentUser currentUser,
                   SandboxIssueStore issues, SandboxRfcFiling filing, SandboxTemplateRenderer templates,
                   SandboxPageBuilder pageBuilder, ClassLoader loader) {
        this.plugin = plugin;
        this.container = container;
        this.users = users;
        this.currentUser = currentUser;
        this.issues = issues;
        this.filing = filing;
        this.templates = templates;
        this.pageBuilder = pageBuilder;
        this.loader = loader;
    }

    /**
     * Headers first, then who is calling, then whether a state-changing request may be forged, then
     * Jira's page decorator around plugin servlets.
     */
    static List<FilterMount> filters(PluginDescriptor plugin, PluginContainer container, SeededUsers users,
                                     RequestCurrentUser currentUser, SandboxPageBuilder pageBuilder, ClassLoader loader) {
        return List.of(
                new FilterMount("security-headers", new SecurityHeadersFilter()),
                new FilterMount("authentication", new AuthenticationFilter(users, currentUser)),
                new FilterMount("same-origin", new SameOriginFilter()),
                new FilterMount("navigation", new NavigationFilter(new TopNavigation(plugin, container, loader), currentUser)),
                new FilterMount("decorator", new DecoratorFilter(plugin, pageBuilder, currentUser)));
    }

    List<ServletMount> servlets() {
        ClasspathFiles files = new ClasspathFiles(loader);
        WebPanels panels = new WebPanels(plugin, container, loader, templates);
        List<ServletMount> mounts = new ArrayList<>(List.of(
                new ServletMount("start", new StartPageServlet(plugin, users, currentUser, issues), "/"),
                new ServletMount("login", new LoginServlet(users), SandboxPaths.LOGIN),
                new ServletMount("logout", new LogoutServlet(), SandboxPaths.LOGOUT),
                new ServletMount("create-rfc", new CreateRfcServlet(filing, users, currentUser), CreateRfcServlet.PATH),
                new ServletMount("browse", new IssuePageServlet(issues, users, currentUser, panels, pageBuilder), SandboxPaths.BROWSE + "*"),
                new ServletMount("static", new StaticFilesServlet(files), SandboxPaths.STATIC + "*"),
                new ServletMount("download-resources", new DownloadResourcesServlet(plugin, files),
                        SandboxPaths.DOWNLOAD_RESOURCES + "*")));
        for (RestModule module : plugin.restModules()) {
            RestApplication rest = RestApplication.scan(module, loader);
            mounts.add(new ServletMount("rest:" + module.key(), rest.servlet(container, currentUser, users),
                    module.mountPath() + "/*"));
        }
        for (ServletModule module : plugin.servletModules()) {
            List<String> patterns = module.urlPatterns().stream().map(p -> SandboxPaths.PLUGIN_SERVLETS + (p.startsWith("/") ? p : "/" + p)).toList();
            mounts.add(new ServletMount("servlet:" + module.key(), pluginServlet(module), patterns, module.initParams()));
        }
        return mounts;
    }

    private Servlet pluginServlet(ServletModule module) {
        try {
            Class<?> cls = Class.forName(module.className(), false, loader);
            if (!Servlet.class.isAssignableFrom(cls)) {
                throw new PluginStartException("<servlet key=\"" + module.key() + "\"> names " + module.className()
                        + ", which is not a javax.servlet.Servlet");
            }
            return (Servlet) container.instantiate(cls);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginStartException("<servlet key=\"" + module.key() + "\"> names " + module.className()
                    + ", which cannot be loaded: " + e, e);
        }
    }
}
