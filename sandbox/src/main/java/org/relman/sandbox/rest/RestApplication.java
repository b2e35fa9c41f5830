package org.relman.sandbox.rest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.ws.rs.Path;
import javax.ws.rs.ext.Provider;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.app.RoleDirectory;
import org.relman.sandbox.plugin.PluginContainer;
import org.relman.sandbox.plugin.PluginDescriptor.RestModule;
import org.relman.sandbox.plugin.PluginStartException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * One {@code <rest>} module as a Jersey application: the {@code @Path} resources and {@code @Provider}s
 * in its packages, created through the plugin's Spring context (constructor injection, as the
 * Atlassian REST module does), JSON through Jackson, and Jira's access rules in front.
 */
public final class RestApplication {

    /** Jersey's warnings about resource instances and the absent javax.activation are noise here; held strongly. */
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("org.glassfish.jersey.internal.inject.Providers"),
            Logger.getLogger("org.glassfish.jersey.message.internal.MessagingBinders"));

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    /** The sandbox's own providers are registered by hand; a plugin scanning all of org.relman must not pick them up twice. */
    private static final String SANDBOX_PACKAGE = "org.relman.sandbox";

    private final RestModule module;
    private final List<Class<?>> resources;
    private final List<Class<?>> providers;

    private RestApplication(RestModule module, List<Class<?>> resources, List<Class<?>> providers) {
        this.module = module;
        this.resources = resources;
        this.providers = providers;
    }

    public static RestApplication scan(RestModule module, ClassLoader loader) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.setResourceLoader(new DefaultResourceLoader(loader));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Provider.class));
        Set<Class<?>> found = new LinkedHashSet<>();
        for (String pkg : module.packages()) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
                found.add(load(candidate.getBeanClassName(), loader));
            }
        }
        List<Class<?>> resources = new ArrayList<>();
        List<Class<?>> providers = new ArrayList<>();
        for (Class<?> cls : found) {
            if (cls.getPackageName().contains(".adapter.jira") || cls.getPackageName().startsWith(SANDBOX_PACKAGE)) {
                continue;
            }
            (cls.isAnnotationPresent(Path.class) ? resources : providers).add(cls);
        }
        return new RestApplication(module, List.copyOf(resources), List.copyOf(providers));
    }

    public RestModule module() {
        return module;
    }

    public List<Class<?>> resources() {
        return resources;
    }

    /** The Jersey servlet to map at {@code module.mountPath() + "/*"}. */
    public ServletContainer servlet(PluginContainer container, CurrentUser currentUser, RoleDirectory roles) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName(module.key());
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new JsonMapperProvider());
        config.register(new RequestBodyErrors());
        config.register(new UnexpectedErrors());
        config.register(new AccessAnnotations(currentUser, roles));
        config.register(new XsrfProtection());
        config.register(new XsrfProtection.UnsupportedMediaType());
        for (Class<?> provider : providers) {
            config.register(container.instantiate(provider));
        }
        for (Class<?> resource : resources) {
            config.register(container.instantiate(resource));
        }
        return new ServletContainer(config);
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginStartException("Cannot load REST class " + name + ": " + e, e);
        }
    }
}
