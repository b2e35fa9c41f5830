package org.relman.platform.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The descriptor's pages, web resources and templates hold together, and keep the escaping rule
 * (docs/architecture.md, "Pages and panels"): templates never opt out of the host's escaping, never
 * print a reference the host would leave unescaped, carry no inline script; relman's scripts never
 * turn text into markup.
 */
class WebModulesTest {

    private static Document descriptor;

    @BeforeAll
    static void readDescriptor() throws Exception {
        try (InputStream in = WebModulesTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    @Test
    void pagesRequireResourcesOfThisPlugin() {
        assertThat(descriptor.getDocumentElement().getAttribute("key")).isEqualTo(RelmanWeb.PLUGIN_KEY);
        Element base = webResource(RelmanWeb.BASE_RESOURCES);
        assertThat(texts(base, "dependency")).contains("com.atlassian.auiplugin:ajs");
        assertThat(webResource("cmdb-browser-resources")).isNotNull();
    }

    @Test
    void everyDownloadableFileIsInTheJar() {
        NodeList resources = descriptor.getElementsByTagName("resource");
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            String location = resource.getAttribute("location").replaceFirst("^/", "");
            boolean file = "download".equals(resource.getAttribute("type")) || "velocity".equals(resource.getAttribute("type"));
            if (file && getClass().getClassLoader().getResource(location) == null) {
                missing.add(location);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyServletIsARelmanPageUnderRelman() throws Exception {
        NodeList servlets = descriptor.getElementsByTagName("servlet");
        assertThat(servlets.getLength()).isPositive();
        for (int i = 0; i < servlets.getLength(); i++) {
            Element servlet = (Element) servlets.item(i);
            assertThat(RelmanPage.class.isAssignableFrom(Class.forName(servlet.getAttribute("class"))))
                    .as(servlet.getAttribute("class")).isTrue();
            assertThat(texts(servlet, "url-pattern")).allMatch(p -> p.startsWith("/relman/"));
        }
    }

    @Test
    void templatesNeverPrintAReferenceUnescaped() throws IOException {
        Pattern optOut = Pattern.compile("#(disable_html_escaping|html_safe)\\b");
        Pattern htmlNamed = Pattern.compile("\\$!?\\{?[A-Za-z_][A-Za-z0-9_.]*(?i:html)\\b");
        Pattern renderCall = Pattern.compile("\\$!?\\{?[A-Za-z_][A-Za-z0-9_]*\\.(?:get)?[Rr]ender");
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>|\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        List<Path> templates = files("templates", ".vm");
        assertThat(templates).hasSizeGreaterThanOrEqualTo(2);
        for (Path template : templates) {
            String text = Files.readString(template, StandardCharsets.UTF_8);
            assertThat(optOut.matcher(text).find()).as(template + " opts out of escaping").isFalse();
            assertThat(find(htmlNamed, text)).as(template + ": references named ...Html are not escaped by Jira").isEmpty();
            assertThat(find(renderCall, text)).as(template + ": render* methods are not escaped by Jira").isEmpty();
            assertThat(find(inlineScript, text)).as(template + ": scripts belong in web resources").isEmpty();
            assertThat(text).as(template + " starts with type hints").contains("@vtlvariable");
        }
    }

    @Test
    void scriptsNeverTurnTextIntoMarkup() throws IOException {
        Pattern markupSinks = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function\\(");
        List<Path> scripts = files("web", ".js");
        assertThat(scripts).isNotEmpty();
        for (Path script : scripts) {
            String code = Files.readString(script, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
            assertThat(find(markupSinks, code)).as(script.toString()).isEmpty();
        }
    }

    private static List<String> find(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** The shipped files, read where they are written (the tests run in the plugin module's folder). */
    private static List<Path> files(String folder, String suffix) throws IOException {
        Path root = Paths.get("src", "main", "resources", folder);
        assertThat(root).as(root.toAbsolutePath().toString()).isDirectory();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }

    private static Element webResource(String key) {
        NodeList modules = descriptor.getElementsByTagName("web-resource");
        for (int i = 0; i < modules.getLength(); i++) {
            Element module = (Element) modules.item(i);
            if (key.equals(module.getAttribute("key"))) {
                return module;
            }
        }
        throw new AssertionError("no <web-resource key=\"" + key + "\">");
    }

    private static List<String> texts(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }
}
