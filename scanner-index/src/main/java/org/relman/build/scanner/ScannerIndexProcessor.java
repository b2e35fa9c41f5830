package org.relman.build.scanner;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the index files that Atlassian Spring Scanner's runtime reads from a plugin jar when its
 * Spring context says {@code <atlassian-scanner:scan-indexes/>}:
 * <ul>
 *   <li>{@code META-INF/plugin-components/component}: every class annotated {@code @javax.inject.Named},
 *       one fully qualified name per line ({@code Name#bean} when the annotation names the bean);</li>
 *   <li>{@code META-INF/plugin-components/imports}: every type a component constructor parameter marks
 *       with {@code @ComponentImport}, one fully qualified name per line;</li>
 *   <li>{@code META-INF/plugin-components/exports} (only when there is one): every component annotated
 *       {@code @ExportAsService}, as {@code Impl#Iface1,Iface2} — the interfaces named in the annotation,
 *       or every interface the class implements when it names none. This is how a component reaches
 *       OSGi services such as SAL's {@code LifecycleAware}.</li>
 * </ul>
 * A {@code @ComponentImport} on anything but an interface is an error: OSGi services are imported by
 * interface, and a class here would fail only when a customer's Jira starts the plugin.
 */
@SupportedAnnotationTypes({ScannerIndexProcessor.NAMED, ScannerIndexProcessor.COMPONENT_IMPORT,
        ScannerIndexProcessor.EXPORT_AS_SERVICE})
public final class ScannerIndexProcessor extends AbstractProcessor {
    static final String NAMED = "javax.inject.Named";
    static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    static final String EXPORT_AS_SERVICE = "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService";
    static final String INDEX_DIR = "META-INF/plugin-components/";

    private final Set<String> components = new TreeSet<>();
    private final Set<String> imports = new TreeSet<>();
    private final Set<String> exports = new TreeSet<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            String name = annotation.getQualifiedName().toString();
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (NAMED.equals(name) && element.getKind() == ElementKind.CLASS) {
                    addComponent((TypeElement) element);
                } else if (COMPONENT_IMPORT.equals(name)) {
                    addImport(element);
                } else if (EXPORT_AS_SERVICE.equals(name)) {
                    addExport(element);
                }
            }
        }
        if (round.processingOver()) {
            write("component", components);
            write("imports", imports);
            if (!exports.isEmpty()) {
                write("exports", exports);
            }
        }
        return false;
    }

    private void addComponent(TypeElement type) {
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            error(type, "@Named on an abstract class: Spring cannot instantiate it");
            return;
        }
        String beanName = beanName(type);
        String binaryName = processingEnv.getElementUtils().getBinaryName(type).toString();
        components.add(beanName.isEmpty() ? binaryName : binaryName + "#" + beanName);
    }

    private String beanName(TypeElement type) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(NAMED)) {
                return mirror.getElementValues().values().stream()
                        .map(v -> String.valueOf(v.getValue())).findFirst().orElse("");
            }
        }
        return "";
    }

    private void addImport(Element element) {
        if (!(element instanceof VariableElement)) {
            error(element, "@ComponentImport belongs on a constructor parameter");
            return;
        }
        TypeMirror type = element.asType();
        if (type.getKind() != TypeKind.DECLARED
                || ((DeclaredType) type).asElement().getKind() != ElementKind.INTERFACE) {
            error(element, "@ComponentImport of " + type + ": Jira exports its services as interfaces");
            return;
        }
        Element owner = element.getEnclosingElement();
        if (!(owner instanceof ExecutableElement) || owner.getKind() != ElementKind.CONSTRUCTOR) {
            error(element, "@ComponentImport belongs on a constructor parameter");
            return;
        }
        TypeElement typeElement = (TypeElement) ((DeclaredType) type).asElement();
        imports.add(processingEnv.getElementUtils().getBinaryName(typeElement).toString());
    }

    private void addExport(Element element) {
        if (element.getKind() != ElementKind.CLASS) {
            error(element, "@ExportAsService belongs on a component class");
            return;
        }
        TypeElement type = (TypeElement) element;
        if (annotation(type, NAMED) == null) {
            error(type, "@ExportAsService on a class that is not a component: add @javax.inject.Named so there is a bean to export");
            return;
        }
        List<TypeMirror> interfaces = exportedInterfaces(type);
        if (interfaces.isEmpty()) {
            error(type, "@ExportAsService on a class that implements no interface: OSGi services are exported by interface");
            return;
        }
        List<String> names = new ArrayList<>();
        for (TypeMirror iface : interfaces) {
            Element ifaceElement = processingEnv.getTypeUtils().asElement(iface);
            if (ifaceElement == null || ifaceElement.getKind() != ElementKind.INTERFACE) {
                error(type, "@ExportAsService of " + iface + ": only interfaces can be exported");
                return;
            }
            if (!processingEnv.getTypeUtils().isAssignable(processingEnv.getTypeUtils().erasure(type.asType()),
                    processingEnv.getTypeUtils().erasure(iface))) {
                error(type, "@ExportAsService of " + iface + ", which " + type.getSimpleName() + " does not implement");
                return;
            }
            names.add(processingEnv.getElementUtils().getBinaryName((TypeElement) ifaceElement).toString());
        }
        exports.add(processingEnv.getElementUtils().getBinaryName(type) + "#" + String.join(",", names));
    }

    /** The interfaces the annotation names, or every interface the class implements when it names none. */
    private List<TypeMirror> exportedInterfaces(TypeElement type) {
        List<TypeMirror> named = new ArrayList<>();
        AnnotationMirror export = annotation(type, EXPORT_AS_SERVICE);
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : export.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals("value") && entry.getValue().getValue() instanceof List<?> values) {
                for (Object value : values) {
                    named.add((TypeMirror) ((AnnotationValue) value).getValue());
                }
            }
        }
        return named.isEmpty() ? new ArrayList<>(type.getInterfaces()) : named;
    }

    private static AnnotationMirror annotation(TypeElement type, String annotationName) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotationName)) {
                return mirror;
            }
        }
        return null;
    }

    private void write(String file, Set<String> lines) {
        try {
            FileObject out = processingEnv.getFiler()
                    .createResource(StandardLocation.CLASS_OUTPUT, "", INDEX_DIR + file);
            try (Writer writer = out.openWriter()) {
                for (String line : List.copyOf(lines)) {
                    writer.write(line);
                    writer.write('\n');
                }
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "cannot write " + INDEX_DIR + file + ": " + e.getMessage());
        }
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
