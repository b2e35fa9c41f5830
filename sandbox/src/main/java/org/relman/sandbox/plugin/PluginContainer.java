package org.relman.sandbox.plugin;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.relman.sandbox.plugin.ComponentIndex.Component;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.GenericBeanDefinition;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The plugin's Spring context as Jira would build it from the Spring Scanner index, less the
 * components that need Jira itself ({@code .adapter.jira}): the sandbox supplies what those
 * provide ({@link HostService}s, e.g. its own {@code CurrentUser}) and the Jira services it can
 * stand in for (ActiveObjects). Every other component is created by constructor injection.
 */
public final class PluginContainer implements AutoCloseable {

    private static final String LIFECYCLE_AWARE = "com.atlassian.sal.api.lifecycle.LifecycleAware";

    private final GenericApplicationContext context;
    private final List<Component> kept;
    private final List<Component> leftOut;

    private PluginContainer(GenericApplicationContext context, List<Component> kept, List<Component> leftOut) {
        this.context = context;
        this.kept = kept;
        this.leftOut = leftOut;
    }

    /** A service the sandbox puts in the context in place of Jira's, under the type components ask for. */
    public record HostService(Class<?> type, Object instance) {
        public HostService {
            if (!type.isInstance(instance)) {
                throw new IllegalArgumentException(instance + " is not a " + type.getName());
            }
        }
    }

    public static PluginContainer start(ComponentIndex index, List<HostService> hostServices, ClassLoader loader) {
        List<Component> kept = new ArrayList<>();
        List<Component> leftOut = new ArrayList<>();
        for (Component component : index.components()) {
            (component.isJiraAdapter() ? leftOut : kept).add(component);
        }
        Map<Component, Class<?>> classes = ComponentWiringCheck.loadAll(kept, loader);
        new ComponentWiringCheck(index, hostServices, classes, leftOut, loader).requireSatisfiable();

        GenericApplicationContext context = new GenericApplicationContext();
        context.setClassLoader(loader);
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        // one bean per object: a stand-in serving two ports (the seeded users are roles and users) would
        // otherwise be two candidates for either port; its second name is an alias
        Map<Object, String> registered = new java.util.IdentityHashMap<>();
        for (HostService service : hostServices) {
            String name = "host:" + service.type().getName();
            String first = registered.putIfAbsent(service.instance(), name);
            if (first == null) {
                context.getBeanFactory().registerSingleton(name, service.instance());
            } else {
                context.registerAlias(first, name);
            }
        }
        classes.forEach((component, cls) -> {
            GenericBeanDefinition definition = new GenericBeanDefinition();
            definition.setBeanClass(cls);
            definition.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
            String name = component.beanName() == null || component.beanName().isEmpty()
                    ? component.className() : component.beanName();
            context.registerBeanDefinition(name, definition);
        });
        try {
            context.refresh();
        } catch (BeansException e) {
            context.close();
            throw new PluginStartException("The plugin's components failed to start: " + rootMessage(e), e);
        }
        PluginContainer container = new PluginContainer(context, List.copyOf(kept), List.copyOf(leftOut));
        container.announceStart();
        return container;
    }

    /** An instance of a plugin class (REST resource, servlet, context provider) with its constructor injected. */
    public <T> T instantiate(Class<T> type) {
        String[] existing = context.getBeanNamesForType(type);
        for (String name : existing) {
            if (context.getType(name) == type) {
                return type.cast(context.getBean(name));
            }
        }
        try {
            return context.getAutowireCapableBeanFactory().createBean(type);
        } catch (BeansException e) {
            throw new PluginStartException("Cannot create " + type.getName() + ": " + rootMessage(e), e);
        }
    }

    public List<Component> keptComponents() {
        return kept;
    }

    /** The {@code .adapter.jira} components, replaced by the sandbox's host services. */
    public List<Component> leftOutComponents() {
        return leftOut;
    }

    @Override
    public void close() {
        context.close();
    }

    /** SAL calls {@code LifecycleAware.onStart()} once the plugin system is up; so does the sandbox. */
    private void announceStart() {
        for (String name : context.getBeanDefinitionNames()) {
            Object bean = context.getBean(name);
            for (Class<?> iface : ClassUtils.getAllInterfaces(bean)) {
                if (iface.getName().equals(LIFECYCLE_AWARE)) {
                    try {
                        Method onStart = iface.getMethod("onStart");
                        onStart.invoke(bean);
                    } catch (ReflectiveOperationException e) {
                        throw new PluginStartException(name + ".onStart() failed: " + rootMessage(e), e);
                    }
                }
            }
        }
    }

    /** The innermost cause, for a one-line message a user can act on. */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root == e ? String.valueOf(message) : root.getClass().getSimpleName() + ": " + message
                + " (in: " + e.getMessage() + ")";
    }
}
