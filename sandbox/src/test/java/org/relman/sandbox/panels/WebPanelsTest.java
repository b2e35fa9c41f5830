package org.relman.sandbox.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;
import org.relman.sandbox.plugin.ComponentIndex;
import org.relman.sandbox.plugin.PluginContainer;
import org.relman.sandbox.plugin.PluginDescriptor;
import org.relman.sandbox.plugin.PluginDescriptor.WebPanelModule;
import org.relman.sandbox.panels.WebPanels.IssueContext;
import org.relman.sandbox.panels.WebPanels.RenderedPanel;

class WebPanelsTest {

    private static final String RIGHT = "atl.jira.view.issue.right.context";
    private static final UserRef ROB = new UserRef("rob", "rob", "Rob Lindqvist");

    private PluginContainer container;

    @BeforeEach
    void startContainer() {
        container = PluginContainer.start(new ComponentIndex(List.of(), Set.of()), List.of(), getClass().getClassLoader());
    }

    @AfterEach
    void stopContainer() {
        container.close();
    }

    @Test
    void escapesWhatUsersTypedButNotReferencesNamedHtml() {
        WebPanels panels = new WebPanels(plugin(panel("summary", 10, "org.relman.sandbox.fixture.web.IssueSummaryPanel")),
                container, getClass().getClassLoader());

        RenderedPanel panel = panels.render(RIGHT, page("<script>alert('x')</script>"), panels.newResources()).get(0);

        assertThat(panel.error()).isNull();
        assertThat(panel.label()).isEqualTo("Summary panel");
        assertThat(panel.html())
                .contains("<p class=\"summary\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>")
                .contains("<p class=\"greeting\">&lt;i&gt;hi&lt;/i&gt;</p>")
                .contains("<p class=\"trusted\"><b>trusted</b></p>")
                .contains("<p class=\"i18n\">Release &lt;readiness&gt;</p>")
                .doesNotContain("<script>");
    }

    @Test
    void contextProviderIsInitialisedOnceAcrossRenders() {
        WebPanels panels = new WebPanels(plugin(panel("summary", 10, "org.relman.sandbox.fixture.web.IssueSummaryPanel")),
                container, getClass().getClassLoader());

        panels.render(RIGHT, page("first"), panels.newResources());
        RenderedPanel second = panels.render(RIGHT, page("second"), panels.newResources()).get(0);

        assertThat(second.html()).contains("<p class=\"inits\">1</p>").contains("second");
    }

    @Test
    void aBrokenPanelShowsItsErrorAndTheOthersStillRender() {
        WebPanels panels = new WebPanels(plugin(
                        panel("broken", 5, "org.relman.sandbox.fixture.web.NoSuchProvider"),
                        panel("summary", 10, "org.relman.sandbox.fixture.web.IssueSummaryPanel")),
                container, getClass().getClassLoader());

        List<RenderedPanel> rendered = panels.render(RIGHT, page("still here"), panels.newResources());

        assertThat(rendered).extracting(RenderedPanel::key).containsExactly("broken", "summary");
        assertThat(rendered.get(0).error()).contains("NoSuchProvider");
        assertThat(rendered.get(1).html()).contains("still here");
    }

    @Test
    void panelsOfOtherLocationsAreNotRendered() {
        WebPanels panels = new WebPanels(plugin(panel("summary", 10, "org.relman.sandbox.fixture.web.IssueSummaryPanel")),
                container, getClass().getClassLoader());

        assertThat(panels.render("atl.jira.view.issue.left.context", page("x"), panels.newResources())).isEmpty();
    }

    private static IssueContext page(String summary) {
        IssueRef issue = new IssueRef(10000, "CHG-1", "CHG", "RFC", summary, "rita", "cole");
        return new IssueContext(issue, "Change Management", ROB, key -> new UserRef(key, key, key), "/jira", null);
    }

    private static WebPanelModule panel(String key, int weight, String provider) {
        return new WebPanelModule(key, RIGHT, weight, provider, Map.of("greeting", "<i>hi</i>"), "velocity",
                "fixture-templates/summary-panel.vm", List.of(), "fixture.panel.label");
    }

    private static PluginDescriptor plugin(WebPanelModule... panels) {
        return new PluginDescriptor("org.relman.fixture", "fixture", "1", List.of("fixture.panels"), List.of(), List.of(),
                List.of(), List.of(panels), List.of(), List.of(), List.of());
    }
}
