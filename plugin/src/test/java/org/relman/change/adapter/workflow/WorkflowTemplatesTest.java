package org.relman.change.adapter.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workflow modules' templates rendered the way Jira renders them: Jira escapes every reference
 * of a template that says {@code #enable_html_escaping()}, which this test reproduces with an
 * escaping reference-insertion handler. A stored argument holding markup must come out as text.
 */
class WorkflowTemplatesTest {
    private static final String DIR = "templates/change/workflow/";
    private static final List<String> MODULES = List.of("cab-approved", "may-vote", "open-round");
    private static final String PAYLOAD = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
    private static VelocityEngine velocity;

    /** Jira's directive; Jira switches escaping on with it, here escaping is always on and the directive prints nothing. */
    public static class EnableHtmlEscaping extends Directive {
        @Override
        public String getName() {
            return "enable_html_escaping";
        }

        @Override
        public int getType() {
            return LINE;
        }

        @Override
        public boolean render(InternalContextAdapter context, Writer writer, Node node) {
            return true;
        }
    }

    @BeforeAll
    static void engine() {
        velocity = new VelocityEngine();
        velocity.setProperty("resource.loader", "class");
        velocity.setProperty("class.resource.loader.class", "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        velocity.setProperty("userdirective", EnableHtmlEscaping.class.getName());
        velocity.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        velocity.init();
    }

    private static String render(String template, Map<String, Object> params) {
        VelocityContext context = new VelocityContext();
        params.forEach(context::put);
        EventCartridge escaping = new EventCartridge();
        escaping.addEventHandler((ReferenceInsertionEventHandler) (reference, value) -> value == null ? null : escape(value.toString()));
        escaping.attachToContext(context);
        StringWriter out = new StringWriter();
        velocity.getTemplate(DIR + template, "UTF-8").merge(context, out);
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String source(String template) throws IOException {
        try (InputStream in = WorkflowTemplatesTest.class.getClassLoader().getResourceAsStream(DIR + template)) {
            assertThat(in).as(template).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyTemplateAsksJiraToEscapeAndNeverOptsOut() throws IOException {
        for (String module : MODULES) {
            for (String kind : List.of("view", "input", "edit")) {
                String source = source(module + "-" + kind + ".vm");
                assertThat(source).as(module + "-" + kind).contains("#enable_html_escaping()")
                        .doesNotContain("disable_html_escaping").doesNotContain("$!{").doesNotContain("Html}");
            }
        }
    }

    @Test
    void storedSettingsHoldingMarkupAreShownAsText() {
        for (String module : MODULES) {
            String view = render(module + "-view.vm", Map.of("storedArgsVersion", PAYLOAD, "outdated", true));
            String edit = render(module + "-edit.vm", Map.of("storedArgsVersion", PAYLOAD, "argsVersion", "1"));

            assertThat(view + edit).as(module).doesNotContain("<script>").doesNotContain("<img")
                    .contains("&lt;script&gt;alert(&#39;x&#39;)").contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        }
    }

    @Test
    void theViewWarnsOnlyWhenTheStoredSettingsAreNotCurrent() {
        String current = render("cab-approved-view.vm", Map.of("storedArgsVersion", "1", "outdated", false));
        String old = render("cab-approved-view.vm", Map.of("storedArgsVersion", "none", "outdated", true));

        assertThat(current).contains("CAB decision is approved").doesNotContain("relman settings");
        assertThat(old).contains("relman settings none");
    }

    @Test
    void inputExplainsThereIsNothingToConfigure() {
        assertThat(render("may-vote-input.vm", Map.of("argsVersion", "1")))
                .contains("never the RFC's requester, change owner or assignee").contains("nothing to configure (settings version 1)");
        assertThat(render("open-round-input.vm", Map.of("argsVersion", "1"))).contains("skips the CAB");
    }
}
