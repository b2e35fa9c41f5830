package org.relman.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.ws.rs.Path;
import javax.ws.rs.ext.Provider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Opens the jar a Jira admin uploads and checks what a real Jira would trip over only at start-up:
 * the descriptor, the OSGi manifest, the Spring Scanner index, and that nothing of jira-host slipped in.
 */
class PluginJarIT {
    private static final String PLUGIN_KEY = "org.relman.plugin";
    private static PluginJar jar;
    private static URLClassLoader loader;

    @BeforeAll
    static void open() throws Exception {
        jar = PluginJar.built();
        loader = new URLClassLoader(new URL[] {jar.path().toUri().toURL()}, hostLoader());
    }

    /** jira-host's classes (what Jira provides) come from the test class path; the plugin's only from the jar. */
    static ClassLoader hostLoader() {
        return new ClassLoader(PluginJarIT.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("org.relman.") && !name.startsWith("org.relman.host.")) {
                    throw new ClassNotFoundException(name + " must come from the plugin jar");
                }
                return super.loadClass(name, resolve);
            }
        };
    }

    @AfterAll
    static void close() throws Exception {
        loader.close();
        jar.close();
    }

    @Test
    void descriptorSitsAtTheJarRootWithDataCenterParamsAndI18n() throws Exception {
        Document descriptor = jar.descriptor();
        Element root = descriptor.getDocumentElement();

        assertThat(root.getAttribute("key")).isEqualTo(PLUGIN_KEY);
        assertThat(root.getAttribute("plugins-version")).isEqualTo("2");
        assertThat(jar.text("atlassian-plugin.xml"))
                .doesNotContain("${")
                .contains("<param name=\"atlassian-data-center-status\">compatible</param>")
                .contains("<param name=\"atlassian-data-center-compatible\">true</param>");
        Element i18n = (Element) descriptor.getElementsByTagName("resource").item(0);
        assertThat(i18n.getAttribute("type")).isEqualTo("i18n");
        assertThat(jar.has(i18n.getAttribute("location").replace('.', '/') + ".properties")).isTrue();
        assertThat(descriptor.getElementsByTagName("ao").getLength()).isEqualTo(1);
    }

    @Test
    void everyI18nKeyTheDescriptorUsesIsDefined() throws Exception {
        String properties = jar.text("org/relman/i18n.properties");
        Matcher keys = Pattern.compile("(?:i18n-name-key|key)=\"([a-z0-9.-]+\\.[a-z0-9.-]+)\"").matcher(jar.text("atlassian-plugin.xml"));
        List<String> used = new ArrayList<>();
        while (keys.find()) {
            if (keys.group(0).startsWith("i18n-name-key")) {
                used.add(keys.group(1));
            }
        }
        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(properties).contains(key + "="));
    }

    @Test
    void everyClassTheDescriptorNamesIsInTheJar() throws Exception {
        List<String> named = PluginJar.classesNamedIn(jar.descriptor());

        assertThat(named).isNotEmpty();
        assertThat(jar.classNames()).containsAll(named);
    }

    @Test
    void manifestIdentifiesTheBundleAndItsSpringContext() throws Exception {
        Attributes main = jar.manifest().getMainAttributes();

        assertThat(main.getValue("Bundle-SymbolicName")).isEqualTo(PLUGIN_KEY);
        assertThat(main.getValue("Atlassian-Plugin-Key")).isEqualTo(PLUGIN_KEY);
        assertThat(main.getValue("Spring-Context")).isNotBlank();
        assertThat(main.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(main.getValue("Require-Capability")).as("no osgi.ee filter Jira's Felix might not satisfy").isNull();
        assertThat(jar.has("META-INF/spring/plugin-context.xml")).isTrue();
    }

    @Test
    void importPackageNamesEveryHostPackageTheCodeUsesAndNothingOptional() throws Exception {
        String importPackage = jar.manifest().getMainAttributes().getValue("Import-Package");
        Set<String> imported = importedPackages(importPackage);

        assertThat(importPackage).doesNotContain("resolution:=optional").doesNotContain("org.relman");
        assertThat(imported).containsAll(hostPackagesUsedByTheCode());
    }

    @Test
    void containsNoClassOfJiraHost() {
        assertThat(jar.entries()).noneMatch(entry -> entry.startsWith("com/atlassian/")
                || entry.startsWith("net/java/ao/") || entry.startsWith("javax/")
                || entry.startsWith("com/opensymphony/") || entry.startsWith("org/relman/host/"));
        assertThat(jar.classNames()).allMatch(name -> name.startsWith("org.relman."));
    }

    @Test
    void scannerIndexListsComponentsThatExistAndImportsThatAreInterfaces() throws Exception {
        List<String> components = jar.lines("META-INF/plugin-components/component");
        List<String> imports = jar.lines("META-INF/plugin-components/imports");

        assertThat(components).isNotEmpty();
        assertThat(jar.classNames()).containsAll(components.stream().map(PluginJarIT::className).toList());
        for (String imported : imports) {
            assertThat(loader.loadClass(imported).isInterface()).as(imported + " is an interface").isTrue();
        }
    }

    @Test
    void everyConstructorDependencyIsAComponentOrADeclaredImport() throws Exception {
        List<Class<?>> components = new ArrayList<>();
        for (String line : jar.lines("META-INF/plugin-components/component")) {
            components.add(loader.loadClass(className(line)));
        }
        List<String> imports = jar.lines("META-INF/plugin-components/imports");
        List<Class<?>> constructed = new ArrayList<>(components);
        constructed.addAll(restClasses());
        constructed.addAll(moduleClasses());

        List<String> unsatisfied = new ArrayList<>();
        for (Class<?> type : constructed) {
            for (Parameter parameter : injectionConstructor(type).getParameters()) {
                Class<?> needed = parameter.getType();
                long providers = components.stream().filter(needed::isAssignableFrom).count();
                if (providers != 1 && !imports.contains(needed.getName())) {
                    unsatisfied.add(type.getSimpleName() + " needs " + needed.getName()
                            + (providers > 1 ? " (" + providers + " components fit: ambiguous)" : ""));
                }
            }
        }
        assertThat(unsatisfied).isEmpty();
    }

    /**
     * Classes Jira builds for descriptor modules — workflow factories and runtime classes, JQL functions,
     * servlets, web conditions and context providers — with constructor injection from the plugin's own
     * components, like components themselves.
     */
    private List<Class<?>> moduleClasses() throws Exception {
        List<Class<?>> modules = new ArrayList<>();
        NodeList all = jar.descriptor().getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String tag = element.getTagName();
            boolean built = tag.startsWith("workflow-") || tag.equals("jql-function") || tag.equals("servlet")
                    || tag.equals("condition") || tag.equals("context-provider");
            if (built && element.hasAttribute("class")) {
                modules.add(loader.loadClass(element.getAttribute("class")));
            }
            if (tag.equals("validator-class") || tag.equals("condition-class") || tag.equals("function-class")) {
                modules.add(loader.loadClass(element.getTextContent().strip()));
            }
        }
        return modules;
    }

    private List<Class<?>> restClasses() throws Exception {
        List<Class<?>> rest = new ArrayList<>();
        for (String name : jar.classNames()) {
            Class<?> type = loader.loadClass(name);
            if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class)) {
                rest.add(type);
            }
        }
        assertThat(rest).as("REST resources and providers").isNotEmpty();
        return rest;
    }

    /** The constructor Spring (and REST v2) uses: the {@code @Inject} one, else the only one. */
    private static Constructor<?> injectionConstructor(Class<?> type) {
        Constructor<?>[] constructors = type.getDeclaredConstructors();
        List<Constructor<?>> injected = Arrays.stream(constructors).filter(c -> c.isAnnotationPresent(Inject.class)).toList();
        assertThat(injected.size() == 1 || constructors.length == 1)
                .as(type.getName() + " has one @Inject constructor or a single constructor").isTrue();
        return injected.isEmpty() ? constructors[0] : injected.get(0);
    }

    private Set<String> hostPackagesUsedByTheCode() {
        JavaClasses classes = new ClassFileImporter().importPath(jar.path());
        Set<String> packages = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            javaClass.getDirectDependenciesFromSelf().forEach(dependency -> {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                String pkg = target.getPackageName();
                if (!target.isPrimitive() && !pkg.isEmpty() && !pkg.startsWith("java.") && !pkg.startsWith("org.relman")) {
                    packages.add(pkg);
                }
            });
            javaClass.getAnnotations().forEach(a -> addPackage(packages, a.getRawType()));
        }
        return packages;
    }

    private static void addPackage(Set<String> packages, JavaType type) {
        String pkg = type.toErasure().getPackageName();
        if (!pkg.startsWith("java.") && !pkg.startsWith("org.relman")) {
            packages.add(pkg);
        }
    }

    private static Set<String> importedPackages(String header) {
        Set<String> packages = new TreeSet<>();
        // split on commas outside quoted version ranges
        for (String clause : header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            packages.add(clause.split(";")[0].strip());
        }
        return packages;
    }

    static String className(String indexLine) {
        int hash = indexLine.indexOf('#');
        return hash < 0 ? indexLine : indexLine.substring(0, hash);
    }
}
