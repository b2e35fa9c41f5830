package org.relman.sandbox.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relman.sandbox.plugin.PluginDescriptor.WebPanelModule;

class PluginDescriptorReaderTest {

    private static final String DESCRIPTOR = """
            <atlassian-plugin key="org.relman.plugin" name="relman for Jira" plugins-version="2">
                <plugin-info><version>1.2.3</version></plugin-info>
                <resource type="i18n" name="i18n" location="org.relman.i18n"/>
                <rest key="relman-rest" path="/relman" version="1.0"><package>org.relman</package></rest>
                <ao key="relman-ao" namespace="org.relman">
                    <entity>org.relman.cmdb.adapter.ao.CmdbItemAO</entity>
                </ao>
                <servlet key="change-calendar" class="org.relman.schedule.adapter.web.CalendarServlet">
                    <url-pattern>/relman/calendar</url-pattern>
                    <init-param><param-name>format</param-name><param-value>ics</param-value></init-param>
                </servlet>
                <web-panel key="cab-panel" location="atl.jira.view.issue.right.context" weight="50">
                    <label key="relman.cab.panel.label"/>
                    <context-provider class="org.relman.change.adapter.web.CabPanelContext"><param name="mode" value="vote"/></context-provider>
                    <resource type="velocity" name="view" location="templates/change/cab-panel.vm"/>
                    <conditions type="AND"><condition class="org.relman.change.adapter.web.IsRfc" invert="true"/></conditions>
                </web-panel>
                <web-resource key="cab-panel-resources">
                    <resource type="download" name="cab-panel.js" location="js/cab-panel.js"/>
                    <dependency>com.atlassian.auiplugin:ajs</dependency>
                    <context>jira.view.issue</context>
                </web-resource>
                <workflow-validator key="rfc-approved" class="org.relman.change.workflow.RfcApprovedValidator"/>
            </atlassian-plugin>
            """;

    @Test
    void readsTopNavigationWebItemsWithTheirConditions() throws Exception {
        PluginDescriptor plugin = read("""
                <atlassian-plugin key="org.relman.plugin">
                    <web-item key="cmdb-browser-link" section="system.top.navigation.bar" weight="160">
                        <label key="relman.cmdb.browser.link"/>
                        <link linkId="relman-cmdb-link">/plugins/servlet/relman/cmdb</link>
                        <condition class="org.relman.platform.adapter.web.HasRelmanRoleCondition">
                            <param name="role">cmdb-reader</param>
                        </condition>
                    </web-item>
                </atlassian-plugin>
                """);

        assertThat(plugin.webItems()).singleElement().satisfies(item -> {
            assertThat(item.section()).isEqualTo("system.top.navigation.bar");
            assertThat(item.weight()).isEqualTo(160);
            assertThat(item.labelKey()).isEqualTo("relman.cmdb.browser.link");
            assertThat(item.link()).isEqualTo("/plugins/servlet/relman/cmdb");
            assertThat(item.conditions()).singleElement().satisfies(c ->
                    assertThat(c.params()).isEqualTo(Map.of("role", "cmdb-reader")));
        });
        assertThat(plugin.unhostedModules()).isEmpty();
    }

    @Test
    void readsTheModulesTheSandboxHosts() throws Exception {
        PluginDescriptor plugin = read(DESCRIPTOR);

        assertThat(plugin.key()).isEqualTo("org.relman.plugin");
        assertThat(plugin.version()).isEqualTo("1.2.3");
        assertThat(plugin.i18nBundles()).containsExactly("org.relman.i18n");
        assertThat(plugin.restModules().get(0).mountPath()).isEqualTo("/rest/relman/1.0");
        assertThat(plugin.restModules().get(0).packages()).containsExactly("org.relman");
        assertThat(plugin.aoModules().get(0).namespace()).isEqualTo("org.relman");
        assertThat(plugin.aoModules().get(0).entityClasses()).containsExactly("org.relman.cmdb.adapter.ao.CmdbItemAO");
        assertThat(plugin.servletModules().get(0).urlPatterns()).containsExactly("/relman/calendar");
        assertThat(plugin.servletModules().get(0).initParams()).isEqualTo(Map.of("format", "ics"));
        WebPanelModule panel = plugin.webPanels().get(0);
        assertThat(panel.location()).isEqualTo("atl.jira.view.issue.right.context");
        assertThat(panel.weight()).isEqualTo(50);
        assertThat(panel.contextProviderClass()).isEqualTo("org.relman.change.adapter.web.CabPanelContext");
        assertThat(panel.contextProviderParams()).isEqualTo(Map.of("mode", "vote"));
        assertThat(panel.viewLocation()).isEqualTo("templates/change/cab-panel.vm");
        assertThat(panel.conditions()).singleElement().satisfies(c -> assertThat(c.invert()).isTrue());
        assertThat(plugin.webResources().get(0).resources().get(0).location()).isEqualTo("js/cab-panel.js");
        assertThat(plugin.webResources().get(0).contexts()).containsExactly("jira.view.issue");
        assertThat(plugin.unhostedModules()).containsExactly("workflow-validator:rfc-approved");
    }

    @Test
    void refusesDoctypesSoNoEntityCanReachOutside() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<atlassian-plugin key=\"&e;\"/>";

        assertThatThrownBy(() -> read(hostile)).isInstanceOf(PluginStartException.class).hasMessageContaining("not well-formed");
    }

    @Test
    void theRealPluginIsOnTheClassPath() {
        PluginDescriptor plugin = PluginDescriptorReader.fromClassPath(getClass().getClassLoader());

        assertThat(plugin.key()).isEqualTo("org.relman.plugin");
        assertThat(plugin.restModules()).extracting(PluginDescriptor.RestModule::mountPath).contains("/rest/relman/1.0");
    }

    private static PluginDescriptor read(String xml) throws Exception {
        return PluginDescriptorReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
