package org.relman.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.relman.change.app.RfcDetails;
import org.relman.host.rdbms.DataSourceTransactionalExecutorFactory;
import org.relman.platform.adapter.web.ViewedIssues;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.app.GroupDirectory;
import org.relman.platform.app.IssueDirectory;
import org.relman.platform.app.RoleDirectory;
import org.relman.platform.app.UserDirectory;
import org.relman.sandbox.auth.RequestCurrentUser;
import org.relman.sandbox.auth.SandboxGroups;
import org.relman.sandbox.auth.SeededUsers;
import org.relman.sandbox.db.SandboxDatabase;
import org.relman.sandbox.demo.ChangeDemoData;
import org.relman.sandbox.demo.DemoData;
import org.relman.sandbox.issues.SandboxIssueStore;
import org.relman.sandbox.issues.SandboxRfcFields;
import org.relman.sandbox.issues.SandboxRfcFiling;
import org.relman.sandbox.issues.SandboxViewedIssues;
import org.relman.sandbox.pages.SandboxLoginUris;
import org.relman.sandbox.pages.SandboxPageBuilder;
import org.relman.sandbox.pages.SandboxTemplateRenderer;
import org.relman.sandbox.panels.I18nText;
import org.relman.sandbox.plugin.ComponentIndex;
import org.relman.sandbox.plugin.PluginContainer.HostService;
import org.relman.sandbox.plugin.PluginContainer;
import org.relman.sandbox.plugin.PluginDescriptor;
import org.relman.sandbox.plugin.PluginDescriptorReader;
import org.relman.sandbox.plugin.PluginTables;
import org.relman.sandbox.web.SandboxServer;

/**
 * A running sandbox: the plugin read from its descriptor and index, its components in a Spring
 * context with the sandbox's stand-ins for Jira's services, its tables in the sandbox database,
 * and everything it serves on embedded Tomcat. Start it, use {@link #baseUrl()}, close it.
 */
public final class Sandbox implements AutoCloseable {

    private final List<AutoCloseable> toClose;
    private final SandboxServer server;
    private final PluginDescriptor plugin;
    private final SeededUsers users;
    private final String databaseDescription;
    private final List<String> notes;

    private Sandbox(List<AutoCloseable> toClose, SandboxServer server, PluginDescriptor plugin, SeededUsers users,
                    String databaseDescription, List<String> notes) {
        this.toClose = toClose;
        this.server = server;
        this.plugin = plugin;
        this.users = users;
        this.databaseDescription = databaseDescription;
        this.notes = notes;
    }

    public static Sandbox start(SandboxOptions options) {
        return start(options, 0);
    }

    /**
     * A sandbox with {@code loadTestVoters} extra CAB members ({@code voter01}…), for load tests over HTTP
     * only: the command line never asks for them. See {@link SeededUsers#withLoadTestVoters}.
     */
    public static Sandbox start(SandboxOptions options, int loadTestVoters) {
        ClassLoader loader = Sandbox.class.getClassLoader();
        PluginDescriptor plugin = PluginDescriptorReader.fromClassPath(loader);
        ComponentIndex index = ComponentIndex.fromClassPath(loader);
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            SandboxDatabase database = SandboxDatabase.open(options);
            opened.add(database);
            SandboxIssueStore issues = new SandboxIssueStore(database.dataSource());
            issues.initialise();
            SandboxRfcFields rfcFields = new SandboxRfcFields(database.dataSource());
            rfcFields.initialise();
            SeededUsers users = new SeededUsers().withLoadTestVoters(loadTestVoters);
            RequestCurrentUser currentUser = new RequestCurrentUser();

            SandboxTemplateRenderer templates = new SandboxTemplateRenderer(loader, new I18nText(plugin.i18nBundles(), loader));
            SandboxPageBuilder pageBuilder = new SandboxPageBuilder();
            List<HostService> services = new ArrayList<>(List.of(
                    new HostService(CurrentUser.class, currentUser),
                    new HostService(RoleDirectory.class, (RoleDirectory) users::hasRole),
                    new HostService(IssueDirectory.class, issues),
                    new HostService(UserDirectory.class, users.directory()),
                    new HostService(GroupDirectory.class, new SandboxGroups()),
                    new HostService(RfcDetails.class, rfcFields),
                    new HostService(TemplateRenderer.class, templates),
                    new HostService(PageBuilderService.class, pageBuilder),
                    new HostService(LoginUriProvider.class, new SandboxLoginUris(options.contextPath())),
                    new HostService(ViewedIssues.class, new SandboxViewedIssues(issues, currentUser)),
                    // the CMDB's bulk writes and graph walks use SAL's JDBC access, as in Jira
                    new HostService(TransactionalExecutorFactory.class,
                            new DataSourceTransactionalExecutorFactory(database.dataSource()))));
            for (PluginDescriptor.AoModule ao : plugin.aoModules()) {
                PluginTables tables = PluginTables.start(ao, database.dataSource(), loader);
                opened.add(tables);
                services.add(new HostService(ActiveObjects.class, tables.activeObjects()));
            }
            PluginContainer container = PluginContainer.start(index, services, loader);
            opened.add(container);

            SandboxServer server = SandboxServer.start(options.port(), options.contextPath(),
                    WebApplication.filters(plugin, container, users, currentUser, pageBuilder, loader),
                    new WebApplication(plugin, container, users, currentUser, issues,
                            new SandboxRfcFiling(database.dataSource()), templates, pageBuilder, loader).servlets());
            opened.add(server);

            List<String> notes = new ArrayList<>();
            notes.add(container.keptComponents().size() + " plugin components running; Jira adapters replaced by the"
                    + " sandbox's own: " + (container.leftOutComponents().isEmpty() ? "none" : container.leftOutComponents()
                    .stream().map(c -> c.className().substring(c.className().lastIndexOf('.') + 1))
                    .collect(Collectors.joining(", "))));
            if (options.demoData() && !plugin.restModules().isEmpty()) {
                String restBase = server.baseUrl() + plugin.restModules().get(0).mountPath();
                DemoData.Outcome outcome = new DemoData(restBase, "connie", "connie").seed();
                notes.add(outcome.summary());
                outcome.failures().forEach(f -> notes.add("demo item refused: " + f));
                DemoData.Outcome change = new ChangeDemoData(restBase, "chris", "chris").seed();
                notes.add(change.summary());
                change.failures().forEach(f -> notes.add("change demo refused: " + f));
            }
            Collections.reverse(opened);
            return new Sandbox(opened, server, plugin, users, database.description(), notes);
        } catch (RuntimeException e) {
            Collections.reverse(opened);
            closeAll(opened, e);
            throw e;
        }
    }

    /** e.g. {@code http://localhost:2990/jira}, no trailing slash. */
    public String baseUrl() {
        return server.baseUrl();
    }

    public int port() {
        return server.port();
    }

    /** The base URL of the plugin's first REST module, e.g. {@code http://localhost:2990/jira/rest/relman/1.0}. */
    public String restBaseUrl() {
        return baseUrl() + plugin.restModules().get(0).mountPath();
    }

    public PluginDescriptor plugin() {
        return plugin;
    }

    public SeededUsers users() {
        return users;
    }

    public String databaseDescription() {
        return databaseDescription;
    }

    /** What happened at start that a user may want to know (components left out, demo data). */
    public List<String> notes() {
        return notes;
    }

    @Override
    public void close() {
        closeAll(toClose, null);
    }

    private static void closeAll(List<AutoCloseable> resources, RuntimeException failure) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                }
            }
        }
    }
}
