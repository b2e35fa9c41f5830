package org.relman.sandbox.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Spring Scanner index a plugin jar carries: its components ({@code META-INF/plugin-components/component},
 * {@code Fqcn} or {@code Fqcn#beanName} per line) and the Jira services they import
 * ({@code META-INF/plugin-components/imports}, one interface per line).
 */
public record ComponentIndex(List<Component> components, Set<String> imports) {

    public static final String COMPONENT_FILE = "META-INF/plugin-components/component";
    public static final String IMPORTS_FILE = "META-INF/plugin-components/imports";

    public ComponentIndex {
        components = List.copyOf(components);
        imports = Collections.unmodifiableSet(new LinkedHashSet<>(imports));
    }

    /** One component line: the class and, when the annotation named one, the bean name. */
    public record Component(String className, String beanName) {
        /** The package contains {@code .adapter.jira}: it needs Jira's own services, and the sandbox leaves it out. */
        public boolean isJiraAdapter() {
            int dot = className.lastIndexOf('.');
            String pkg = dot < 0 ? "" : className.substring(0, dot);
            return pkg.contains(".adapter.jira");
        }
    }

    public static ComponentIndex fromClassPath(ClassLoader loader) {
        try {
            List<Component> components = new ArrayList<>();
            for (String line : lines(loader, COMPONENT_FILE)) {
                int hash = line.indexOf('#');
                components.add(hash < 0 ? new Component(line, null)
                        : new Component(line.substring(0, hash).trim(), line.substring(hash + 1).trim()));
            }
            Set<String> imports = new LinkedHashSet<>();
            for (String line : lines(loader, IMPORTS_FILE)) {
                int hash = line.indexOf('#');
                imports.add(hash < 0 ? line : line.substring(0, hash).trim());
            }
            return new ComponentIndex(components, imports);
        } catch (IOException e) {
            throw new PluginStartException("Cannot read the plugin's Spring Scanner index: " + e.getMessage(), e);
        }
    }

    private static List<String> lines(ClassLoader loader, String resource) throws IOException {
        List<String> lines = new ArrayList<>();
        for (URL url : Collections.list(loader.getResources(resource))) {
            try (Reader reader = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
                 BufferedReader in = new BufferedReader(reader)) {
                in.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(lines::add);
            }
        }
        return lines;
    }
}
