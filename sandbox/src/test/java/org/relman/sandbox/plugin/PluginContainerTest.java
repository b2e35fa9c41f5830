package org.relman.sandbox.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.domain.UserRef;
import org.relman.sandbox.auth.RequestCurrentUser;
import org.relman.sandbox.fixture.app.GreetingResource;
import org.relman.sandbox.plugin.ComponentIndex.Component;
import org.relman.sandbox.plugin.PluginContainer.HostService;

class PluginContainerTest {

    private static final String GREETING = "org.relman.sandbox.fixture.app.Greeting";
    private static final String JIRA_ADAPTER = "org.relman.sandbox.fixture.adapter.jira.JiraGreetingSource";
    private static final String USER_MANAGER = "com.atlassian.sal.api.user.UserManager";

    private final RequestCurrentUser currentUser = new RequestCurrentUser();
    private final List<HostService> services = List.of(new HostService(CurrentUser.class, currentUser));

    @Test
    void componentsAreWiredToTheSandboxsServicesAndJiraAdaptersAreLeftOut() {
        ComponentIndex index = index(Set.of(USER_MANAGER), GREETING, JIRA_ADAPTER);

        try (PluginContainer container = PluginContainer.start(index, services, loader());
             RequestCurrentUser.Scope ignored = currentUser.bind(new UserRef("rob", "rob", "Rob Lindqvist"))) {
            GreetingResource resource = container.instantiate(GreetingResource.class);

            assertThat(resource.get()).isEqualTo("Hello Rob Lindqvist");
            assertThat(container.leftOutComponents()).extracting(Component::className).containsExactly(JIRA_ADAPTER);
            assertThat(container.keptComponents()).extracting(Component::className).containsExactly(GREETING);
        }
    }

    @Test
    void aComponentNeedingAJiraServiceTheSandboxLacksStopsTheStartWithAClearMessage() {
        ComponentIndex index = index(Set.of(USER_MANAGER), "org.relman.sandbox.fixture.app.NeedsUserManager");

        assertThatThrownBy(() -> PluginContainer.start(index, services, loader()))
                .isInstanceOf(PluginStartException.class)
                .hasMessageContaining("NeedsUserManager needs " + USER_MANAGER)
                .hasMessageContaining("a Jira service the plugin imports, which the sandbox does not supply")
                .hasMessageContaining("The sandbox supplies: " + CurrentUser.class.getName())
                .hasMessageContaining(".adapter.jira");
    }

    @Test
    void aComponentThatOnlyAJiraAdapterCouldSatisfyIsNamedWithThatAdapter() {
        ComponentIndex index = index(Set.of(USER_MANAGER), "org.relman.sandbox.fixture.app.UsesGreetingSource", JIRA_ADAPTER);

        assertThatThrownBy(() -> PluginContainer.start(index, services, loader()))
                .hasMessageContaining("UsesGreetingSource needs org.relman.sandbox.fixture.app.GreetingSource, which only "
                        + JIRA_ADAPTER + " provides");
    }

    @Test
    void anIndexNamingAMissingClassIsReported() {
        ComponentIndex index = index(Set.of(), "org.relman.sandbox.fixture.app.Gone");

        assertThatThrownBy(() -> PluginContainer.start(index, services, loader()))
                .hasMessageContaining("lists component org.relman.sandbox.fixture.app.Gone but it cannot be loaded");
    }

    private static ComponentIndex index(Set<String> imports, String... classes) {
        return new ComponentIndex(Arrays.stream(classes).map(c -> new Component(c, null)).toList(), imports);
    }

    private static ClassLoader loader() {
        return PluginContainerTest.class.getClassLoader();
    }
}
