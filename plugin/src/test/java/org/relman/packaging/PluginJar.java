package org.relman.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The built plugin jar, opened the way Jira opens it: descriptor, manifest, index files, classes. */
final class PluginJar implements AutoCloseable {
    private final Path path;
    private final JarFile jar;

    private PluginJar(Path path) throws IOException {
        this.path = path;
        this.jar = new JarFile(path.toFile());
    }

    /** The jar Maven just packaged in {@code target/}. */
    static PluginJar built() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "relman-plugin-*.jar")) {
            for (Path candidate : jars) {
                if (!candidate.getFileName().toString().contains("-sources") && !candidate.getFileName().toString().contains("-tests")) {
                    return new PluginJar(candidate);
                }
            }
        }
        throw new IllegalStateException("no relman-plugin jar in target/: run the test through 'mvn verify'");
    }

    Path path() {
        return path;
    }

    Manifest manifest() throws IOException {
        return jar.getManifest();
    }

    boolean has(String entry) {
        return jar.getEntry(entry) != null;
    }

    String text(String entry) {
        ZipEntry found = jar.getEntry(entry);
        if (found == null) {
            throw new AssertionError(entry + " is missing from " + path);
        }
        try (InputStream in = jar.getInputStream(found)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> lines(String entry) {
        return text(entry).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    Set<String> entries() {
        Set<String> names = new TreeSet<>();
        jar.stream().forEach(e -> names.add(e.getName()));
        return names;
    }

    Set<String> classNames() {
        Set<String> names = new TreeSet<>();
        for (String entry : entries()) {
            if (entry.endsWith(".class") && !entry.startsWith("META-INF/")) {
                names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
            }
        }
        return names;
    }

    Document descriptor() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = jar.getInputStream(jar.getEntry("atlassian-plugin.xml"))) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /** Every class the descriptor names: module classes, context providers, conditions, workflow classes, entities. */
    static List<String> classesNamedIn(Document descriptor) {
        List<String> names = new ArrayList<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("class") && !"java.lang.Object".equals(element.getAttribute("class"))) {
                names.add(element.getAttribute("class"));
            }
            switch (element.getTagName()) {
                case "entity", "upgradeTask", "validator-class", "condition-class", "function-class" ->
                        names.add(element.getTextContent().strip());
                default -> {
                }
            }
        }
        return names;
    }

    @Override
    public void close() throws IOException {
        jar.close();
    }
}
