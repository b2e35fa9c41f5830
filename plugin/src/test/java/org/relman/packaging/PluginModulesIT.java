package org.relman.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Jira modules in the jar a Jira admin uploads, checked as Jira would meet them: the exported
 * services, the workflow modules' factory and runtime classes, the JQL functions and the templates.
 */
class PluginModulesIT {
    private static PluginJar jar;
    private static URLClassLoader loader;

    @BeforeAll
    static void open() throws Exception {
        jar = PluginJar.built();
        loader = new URLClassLoader(new URL[] {jar.path().toUri().toURL()}, PluginJarIT.hostLoader());
    }

    @AfterAll
    static void close() throws Exception {
        loader.close();
        jar.close();
    }

    @Test
    void exportedServicesAreComponentsImplementingWhatTheyExport() throws Exception {
        List<String> components = jar.lines("META-INF/plugin-components/component").stream().map(PluginJarIT::className).toList();
        List<String> exports = jar.lines("META-INF/plugin-components/exports");

        assertThat(exports).as("relman's setup reaches SAL through an exported LifecycleAware")
                .contains("org.relman.change.adapter.jira.RfcJiraSetup#com.atlassian.sal.api.lifecycle.LifecycleAware");
        for (String export : exports) {
            String implementation = PluginJarIT.className(export);
            assertThat(components).as(implementation + " is a component").contains(implementation);
            for (String iface : export.substring(export.indexOf('#') + 1).split(",")) {
                Class<?> exported = loader.loadClass(iface);
                assertThat(exported.isInterface()).as(iface + " is an interface").isTrue();
                assertThat(exported.isAssignableFrom(loader.loadClass(implementation))).as(implementation + " implements " + iface).isTrue();
            }
        }
    }

    @Test
    void workflowModulesPairAFactoryWithARuntimeClassOfTheRightKind() throws Exception {
        Document descriptor = jar.descriptor();
        Map<String, String[]> kinds = Map.of(
                "workflow-validator", new String[] {"com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory",
                        "validator-class", "com.opensymphony.workflow.Validator"},
                "workflow-condition", new String[] {"com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory",
                        "condition-class", "com.opensymphony.workflow.Condition"},
                "workflow-function", new String[] {"com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory",
                        "function-class", "com.opensymphony.workflow.FunctionProvider"});
        kinds.forEach((tag, kind) -> {
            NodeList modules = descriptor.getElementsByTagName(tag);
            assertThat(modules.getLength()).as(tag).isEqualTo(1);
            Element module = (Element) modules.item(0);
            String runtime = module.getElementsByTagName(kind[1]).item(0).getTextContent().strip();
            assertThat(runtime).startsWith("org.relman.change.adapter.workflow.");
            assertImplements(module.getAttribute("class"), kind[0]);
            assertImplements(runtime, kind[2]);
            assertThat(resourceNames(module)).containsExactlyInAnyOrder("view", "input-parameters", "edit-parameters");
        });
    }

    @Test
    void jqlFunctionsReturnListsAndAreJqlFunctions() throws Exception {
        NodeList functions = jar.descriptor().getElementsByTagName("jql-function");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < functions.getLength(); i++) {
            Element function = (Element) functions.item(i);
            names.add(function.getElementsByTagName("fname").item(0).getTextContent().strip());
            assertThat(function.getElementsByTagName("list").item(0).getTextContent().strip()).isEqualTo("true");
            assertImplements(function.getAttribute("class"), "com.atlassian.jira.plugin.jql.function.JqlFunction");
        }
        assertThat(names).containsExactlyInAnyOrder("rfcsAwaitingMyVote", "rfcsByCabDecision", "issuesAffectingCi", "issuesImpactingCi");
    }

    @Test
    void everyTemplateTheDescriptorNamesAndTheRfcWorkflowAreInTheJar() throws Exception {
        NodeList resources = jar.descriptor().getElementsByTagName("resource");
        int velocity = 0;
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            if (resource.getAttribute("type").equals("velocity")) {
                velocity++;
                assertThat(jar.has(resource.getAttribute("location"))).as(resource.getAttribute("location")).isTrue();
            }
        }
        assertThat(velocity).isPositive();
        // every workflow module has the three views Jira's workflow editor asks for
        for (String tag : List.of("workflow-validator", "workflow-condition", "workflow-function")) {
            NodeList modules = jar.descriptor().getElementsByTagName(tag);
            assertThat(modules.getLength()).as(tag).isPositive();
            for (int i = 0; i < modules.getLength(); i++) {
                NodeList views = ((Element) modules.item(i)).getElementsByTagName("resource");
                Set<String> names = new TreeSet<>();
                for (int v = 0; v < views.getLength(); v++) {
                    names.add(((Element) views.item(v)).getAttribute("name"));
                }
                assertThat(names).as(((Element) modules.item(i)).getAttribute("key"))
                        .contains("view", "input-parameters", "edit-parameters");
            }
        }
        assertThat(jar.has("workflows/relman-rfc-workflow.xml")).isTrue();
    }

    private void assertImplements(String className, String interfaceName) {
        try {
            assertThat(loader.loadClass(interfaceName).isAssignableFrom(loader.loadClass(className)))
                    .as(className + " implements " + interfaceName).isTrue();
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> resourceNames(Element module) {
        List<String> names = new ArrayList<>();
        NodeList resources = module.getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            names.add(((Element) resources.item(i)).getAttribute("name"));
        }
        return names;
    }

}
