package org.relman.sandbox.panels;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.platform.adapter.web.ViewedIssues;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;
import org.relman.sandbox.auth.RequestCurrentUser;
import org.relman.sandbox.issues.SandboxIssueStore;
import org.relman.sandbox.issues.SandboxViewedIssues;
import org.relman.sandbox.pages.SandboxPageBuilder;
import org.relman.sandbox.panels.WebPanels.IssueContext;
import org.relman.sandbox.panels.WebPanels.RenderedPanel;
import org.relman.sandbox.plugin.ComponentIndex;
import org.relman.sandbox.plugin.PluginContainer;
import org.relman.sandbox.plugin.PluginContainer.HostService;
import org.relman.sandbox.plugin.PluginDescriptor;
import org.relman.sandbox.plugin.PluginDescriptor.WebPanelModule;

/** A panel built on relman's IssuePanel, hosted by the sandbox: it finds its issue and renders its view. */
class IssuePanelInSandboxTest {

    private static final String RIGHT = "atl.jira.view.issue.right.context";
    private static final UserRef ROB = new UserRef("rob", "rob", "Rob Lindqvist");

    private final RequestCurrentUser currentUser = new RequestCurrentUser();
    private final SandboxPageBuilder pageBuilder = new SandboxPageBuilder();
    private SandboxIssueStore issues;
    private PluginContainer container;
    private WebPanels panels;

    @BeforeEach
    void start() {
        JDBCDataSource dataSource = new JDBCDataSource();
        dataSource.setUrl("jdbc:hsqldb:mem:panel-" + UUID.randomUUID());
        dataSource.setUser("SA");
        issues = new SandboxIssueStore(dataSource);
        issues.initialise();
        container = PluginContainer.start(new ComponentIndex(List.of(), Set.of()),
                List.of(new HostService(ViewedIssues.class, new SandboxViewedIssues(issues, currentUser)),
                        new HostService(PageBuilderService.class, pageBuilder)),
                getClass().getClassLoader());
        WebPanelModule module = new WebPanelModule("summary", RIGHT, 10, "org.relman.sandbox.fixture.web.SummaryIssuePanel",
                Map.of(), "velocity", "fixture-templates/issue-panel.vm", List.of(), "fixture.panel.label");
        panels = new WebPanels(new PluginDescriptor("org.relman.fixture", "fixture", "1", List.of("fixture.panels"),
                List.of(), List.of(), List.of(), List.of(module), List.of(), List.of(), List.of()), container,
                getClass().getClassLoader());
    }

    @AfterEach
    void stop() {
        container.close();
    }

    @Test
    void thePanelShowsTheIssueTheViewerIsLookingAt() {
        IssueRef issue = issues.find("CHG-1", ROB).orElseThrow();

        RenderedPanel panel;
        RequiredResources resources = panels.newResources();
        try (RequestCurrentUser.Scope ignored = currentUser.bind(ROB);
             SandboxPageBuilder.Scope page = pageBuilder.begin(resources)) {
            panel = panels.render(RIGHT, page(issue), resources).get(0);
        }

        assertThat(panel.error()).isNull();
        assertThat(panel.html().trim()).isEqualTo("<p class=\"summary\" data-key=\"CHG-1\">Upgrade the CRM application to 5.2</p>");
    }

    @Test
    void withoutAViewerThePanelSaysItCannotShowTheIssue() {
        IssueRef issue = issues.find("CHG-1", ROB).orElseThrow();

        RequiredResources resources = panels.newResources();
        RenderedPanel panel;
        try (SandboxPageBuilder.Scope page = pageBuilder.begin(resources)) {
            panel = panels.render(RIGHT, page(issue), resources).get(0);
        }

        assertThat(panel.html().trim()).isEqualTo("<p class=\"problem\">This issue cannot be shown.</p>");
    }

    private static IssueContext page(IssueRef issue) {
        return new IssueContext(issue, "Change Management", ROB, key -> new UserRef(key, key, key), "/jira", null);
    }
}
