package org.relman.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relman.sandbox.plugin.PluginDescriptor;
import org.relman.sandbox.plugin.PluginDescriptor.DownloadResource;
import org.relman.sandbox.plugin.PluginDescriptor.WebResourceModule;

class DownloadResourcesServletTest {

    private final DownloadResourcesServlet servlet = new DownloadResourcesServlet(new PluginDescriptor("org.relman.plugin",
            "relman", "1", List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(new WebResourceModule("cab-panel", List.of(new DownloadResource("cab-panel.js", "/js/cab-panel.js"),
                    new DownloadResource("images/", "img")), List.of(), List.of())), List.of(), List.of()), new ClasspathFiles(getClass().getClassLoader()));

    @Test
    void findsResourcesAtJirasUrls() {
        assertThat(servlet.locate("/org.relman.plugin:cab-panel/cab-panel.js")).hasValue("js/cab-panel.js");
        assertThat(servlet.locate("/org.relman.plugin:cab-panel/images/vote.png")).hasValue("img/vote.png");
    }

    @Test
    void findsNothingElse() {
        assertThat(servlet.locate("/org.relman.plugin:cab-panel/other.js")).isEmpty();
        assertThat(servlet.locate("/com.atlassian.auiplugin:ajs/aui.js")).isEmpty();
        assertThat(servlet.locate("/org.relman.plugin:nope/cab-panel.js")).isEmpty();
        assertThat(servlet.locate(null)).isEmpty();
    }

    @Test
    void classpathFilesNeverClimbOutOfTheirFolder() {
        assertThat(ClasspathFiles.isSafe("img/../../org/relman/Secret.class")).isFalse();
        assertThat(ClasspathFiles.isSafe("img/./x.png")).isFalse();
        assertThat(ClasspathFiles.isSafe("/etc/passwd")).isFalse();
        assertThat(ClasspathFiles.isSafe("org/relman/sandbox/Sandbox.class")).isFalse();
        assertThat(ClasspathFiles.isSafe("static/aui/aui-prototyping.css")).isTrue();
    }
}
