package org.relman.sandbox.plugin;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.relman.sandbox.plugin.ComponentIndex.Component;
import org.relman.sandbox.plugin.PluginContainer.HostService;

/**
 * Before Spring starts, checks that every kept component's constructor can be satisfied, so a
 * component that needs a Jira service the sandbox cannot supply fails the start with one clear
 * message naming the component, the service and the way out, instead of a Spring stack trace.
 */
final class ComponentWiringCheck {

    private final ComponentIndex index;
    private final List<HostService> hostServices;
    private final Map<Component, Class<?>> kept;
    private final List<Component> leftOut;
    private final ClassLoader loader;

    ComponentWiringCheck(ComponentIndex index, List<HostService> hostServices, Map<Component, Class<?>> kept,
                         List<Component> leftOut, ClassLoader loader) {
        this.index = index;
        this.hostServices = hostServices;
        this.kept = kept;
        this.leftOut = leftOut;
        this.loader = loader;
    }

    static Map<Component, Class<?>> loadAll(List<Component> components, ClassLoader loader) {
        Map<Component, Class<?>> classes = new LinkedHashMap<>();
        for (Component component : components) {
            try {
                classes.put(component, Class.forName(component.className(), false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new PluginStartException("The plugin's index lists component " + component.className()
                        + " but it cannot be loaded: " + e, e);
            }
        }
        return classes;
    }

    void requireSatisfiable() {
        List<String> problems = new ArrayList<>();
        kept.forEach((component, cls) -> {
            for (Class<?> needed : constructorFor(cls).getParameterTypes()) {
                String problem = problemWith(cls, needed);
                if (problem != null) {
                    problems.add(problem);
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new PluginStartException("The relman plugin cannot start in the sandbox:\n  - "
                    + String.join("\n  - ", problems)
                    + "\nThe sandbox supplies: " + hostServices.stream().map(s -> s.type().getName())
                    .collect(Collectors.joining(", "))
                    + ".\nCode that needs other Jira services belongs in an .adapter.jira package behind a port the"
                    + " sandbox implements, or the sandbox must learn to supply the service.");
        }
    }

    private String problemWith(Class<?> component, Class<?> needed) {
        if (needed.isPrimitive() || needed == String.class) {
            return component.getName() + " has a constructor parameter of type " + needed.getName()
                    + ", which cannot be injected";
        }
        if (hostServices.stream().anyMatch(s -> needed.isInstance(s.instance()))
                || kept.values().stream().anyMatch(needed::isAssignableFrom)) {
            return null;
        }
        String who = component.getName() + " needs " + needed.getName();
        if (index.imports().contains(needed.getName())) {
            return who + ", a Jira service the plugin imports, which the sandbox does not supply";
        }
        for (Component adapter : leftOut) {
            if (isAssignable(needed, adapter.className())) {
                return who + ", which only " + adapter.className() + " provides: a Jira adapter the sandbox leaves out";
            }
        }
        return who + ", which no component of the plugin provides and the sandbox does not supply";
    }

    private boolean isAssignable(Class<?> needed, String className) {
        try {
            return needed.isAssignableFrom(Class.forName(className, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The constructor Spring will use: the one marked {@code @Inject}/{@code @Autowired}, else the only one, else the greediest public one. */
    static Constructor<?> constructorFor(Class<?> cls) {
        Constructor<?>[] all = cls.getDeclaredConstructors();
        for (Constructor<?> c : all) {
            if (Arrays.stream(c.getAnnotations()).anyMatch(a -> a.annotationType().getSimpleName().equals("Inject")
                    || a.annotationType().getSimpleName().equals("Autowired"))) {
                return c;
            }
        }
        if (all.length == 1) {
            return all[0];
        }
        return Arrays.stream(all).filter(c -> Modifier.isPublic(c.getModifiers()))
                .max((a, b) -> Integer.compare(a.getParameterCount(), b.getParameterCount()))
                .orElse(all[0]);
    }
}
