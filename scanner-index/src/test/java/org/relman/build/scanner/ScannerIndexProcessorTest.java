package org.relman.build.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScannerIndexProcessorTest {

    private static final Map<String, String> ANNOTATIONS = Map.of(
            "javax.inject.Named", "package javax.inject; @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME) public @interface Named { String value() default \"\"; }",
            "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport",
            "package com.atlassian.plugin.spring.scanner.annotation.imports; public @interface ComponentImport { String value() default \"\"; }",
            "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService",
            "package com.atlassian.plugin.spring.scanner.annotation.export; public @interface ExportAsService { Class<?>[] value() default {}; }",
            "com.example.JiraService", "package com.example; public interface JiraService {}",
            "com.example.Lifecycle", "package com.example; public interface Lifecycle { void onStart(); }",
            "com.example.JiraClass", "package com.example; public class JiraClass {}");

    @TempDir
    Path out;

    @Test
    void listsNamedClassesAndImportedInterfaces() throws IOException {
        String errors = compile(Map.of(
                "org.example.Repo", """
                        package org.example;
                        import javax.inject.Named;
                        import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                        @Named public class Repo {
                            public Repo(@ComponentImport com.example.JiraService service) {}
                            @Named("inner") public static class Inner {}
                        }
                        """,
                "org.example.Plain", "package org.example; public class Plain {}"));

        assertThat(errors).isEmpty();
        assertThat(Files.readAllLines(out.resolve("META-INF/plugin-components/component")))
                .containsExactly("org.example.Repo", "org.example.Repo$Inner#inner");
        assertThat(Files.readAllLines(out.resolve("META-INF/plugin-components/imports")))
                .containsExactly("com.example.JiraService");
    }

    @Test
    void refusesImportOfAClass() throws IOException {
        String errors = compile(Map.of("org.example.Bad", """
                package org.example;
                @javax.inject.Named public class Bad {
                    public Bad(@com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport com.example.JiraClass c) {}
                }
                """));

        assertThat(errors).contains("Jira exports its services as interfaces");
    }

    @Test
    void listsExportedServicesWithTheInterfacesTheyAreExportedAs() throws IOException {
        String errors = compile(Map.of(
                "org.example.Setup", """
                        package org.example;
                        @javax.inject.Named
                        @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService(com.example.Lifecycle.class)
                        public class Setup implements com.example.Lifecycle, com.example.JiraService { public void onStart() {} }
                        """,
                "org.example.Both", """
                        package org.example;
                        @javax.inject.Named
                        @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService
                        public class Both implements com.example.JiraService, com.example.Lifecycle { public void onStart() {} }
                        """));

        assertThat(errors).isEmpty();
        assertThat(Files.readAllLines(out.resolve("META-INF/plugin-components/exports"))).containsExactly(
                "org.example.Both#com.example.JiraService,com.example.Lifecycle",
                "org.example.Setup#com.example.Lifecycle");
    }

    @Test
    void writesNoExportsFileWhenNothingIsExported() throws IOException {
        compile(Map.of("org.example.Plain", "package org.example; @javax.inject.Named public class Plain {}"));

        assertThat(out.resolve("META-INF/plugin-components/exports")).doesNotExist();
    }

    @Test
    void refusesToExportANonComponentOrAnInterfaceTheClassDoesNotImplement() throws IOException {
        String errors = compile(Map.of(
                "org.example.NotBean", """
                        package org.example;
                        @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService(com.example.Lifecycle.class)
                        public class NotBean implements com.example.Lifecycle { public void onStart() {} }
                        """,
                "org.example.Liar", """
                        package org.example;
                        @javax.inject.Named
                        @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService(com.example.Lifecycle.class)
                        public class Liar implements com.example.JiraService {}
                        """));

        assertThat(errors).contains("not a component").contains("does not implement");
    }

    private String compile(Map<String, String> sources) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
            List<JavaFileObject> units = new java.util.ArrayList<>();
            ANNOTATIONS.forEach((name, code) -> units.add(source(name, code)));
            sources.forEach((name, code) -> units.add(source(name, code)));
            JavaCompiler.CompilationTask task = compiler.getTask(diagnostics, files, null, List.of("-proc:only"), null, units);
            task.setProcessors(List.of(new ScannerIndexProcessor()));
            task.call();
        }
        return diagnostics.toString();
    }

    private static JavaFileObject source(String name, String code) {
        URI uri = URI.create("string:///" + name.replace('.', '/') + ".java");
        return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }
}
