package org.relman.sandbox.panels;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;
import org.relman.sandbox.pages.SandboxTemplateRenderer;
import org.relman.sandbox.plugin.PluginContainer;
import org.relman.sandbox.plugin.PluginDescriptor;
import org.relman.sandbox.plugin.PluginDescriptor.ConditionRef;
import org.relman.sandbox.plugin.PluginDescriptor.WebPanelModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

/**
 * The plugin's {@code <web-panel>} modules, rendered as Jira renders them on the issue view: the
 * conditions asked, the context provider given {@code issue}, {@code project}, {@code user} and
 * {@code helper}, and the Velocity view rendered with every {@code $reference} HTML-escaped. A
 * panel that fails shows an error in its place; the rest of the page still renders.
 */
public final class WebPanels {

    private static final Logger LOG = LoggerFactory.getLogger(WebPanels.class);

    private final PluginDescriptor plugin;
    private final PluginContainer container;
    private final ClassLoader loader;
    private final I18nText i18n;
    private final SandboxTemplateRenderer templates;
    private final Map<String, Object> contextProviders = new ConcurrentHashMap<>();

    public WebPanels(PluginDescriptor plugin, PluginContainer container, ClassLoader loader) {
        this(plugin, container, loader, new SandboxTemplateRenderer(loader, new I18nText(plugin.i18nBundles(), loader)));
    }

    /** Panels rendered by the same template renderer (and so the same escaping) as the plugin's servlet pages. */
    public WebPanels(PluginDescriptor plugin, PluginContainer container, ClassLoader loader, SandboxTemplateRenderer templates) {
        this.plugin = plugin;
        this.container = container;
        this.loader = loader;
        this.i18n = new I18nText(plugin.i18nBundles(), loader);
        this.templates = templates;
    }

    /** One panel's output: its HTML, or why it could not be rendered. */
    public record RenderedPanel(String key, String label, String html, String error) {
    }

    /** What a page needs to render the panels of one issue. */
    public record IssueContext(IssueRef issue, String projectName, UserRef user, Function<String, UserRef> users,
                               String contextPath, Object request) {
    }

    public RequiredResources newResources() {
        RequiredResources resources = new RequiredResources(plugin);
        for (String context : List.of("atl.general", "jira.general", "jira.view.issue")) {
            resources.requireResourcesForContext(context);
        }
        return resources;
    }

    public List<RenderedPanel> render(String location, IssueContext page, RequiredResources resources) {
        List<WebPanelModule> modules = plugin.webPanels().stream().filter(p -> location.equals(p.location()))
                .sorted(Comparator.comparingInt(WebPanelModule::weight)).toList();
        if (modules.isEmpty()) {
            return List.of();
        }
        Map<String, Object> jiraContext = jiraContext(page);
        List<RenderedPanel> rendered = new ArrayList<>();
        for (WebPanelModule module : modules) {
            String label = module.labelKey() == null ? module.key() : i18n.getText(module.labelKey());
            try {
                if (shouldDisplay(module, jiraContext)) {
                    rendered.add(new RenderedPanel(module.key(), label, renderOne(module, jiraContext, page, resources), null));
                }
            } catch (RuntimeException | ReflectiveOperationException | IOException e) {
                LOG.warn("Web panel {} failed", module.key(), e);
                rendered.add(new RenderedPanel(module.key(), label, null, PluginContainer.rootMessage(e)));
            }
        }
        return rendered;
    }

    private Map<String, Object> jiraContext(IssueContext page) {
        JiraStandIns standIns = new JiraStandIns(loader, page.users());
        Object project = standIns.project(new JiraStandIns.ProjectView(page.issue().id() / 1000, page.issue().projectKey(),
                page.projectName()));
        Map<String, Object> context = new HashMap<>();
        context.put("issue", standIns.issue(page.issue(), project));
        context.put("project", project);
        context.put("user", standIns.user(page.user()));
        Map<String, Object> helper = new HashMap<>();
        helper.put("request", page.request());
        helper.put("project", project);
        context.put("helper", helper);
        return context;
    }

    private boolean shouldDisplay(WebPanelModule module, Map<String, Object> context) throws ReflectiveOperationException {
        return allPass(module.conditions(), context, container, loader);
    }

    /** Jira's rule for a fragment's conditions: each is made, given its params, asked; all must agree (invert flips one). */
    static boolean allPass(List<ConditionRef> conditions, Map<String, Object> context, PluginContainer container,
                           ClassLoader loader) throws ReflectiveOperationException {
        for (ConditionRef ref : conditions) {
            Object condition = container.instantiate(Class.forName(ref.className(), true, loader));
            method(condition, "init").invoke(condition, ref.params());
            boolean shown = (Boolean) method(condition, "shouldDisplay").invoke(condition, context);
            if (shown == ref.invert()) {
                return false;
            }
        }
        return true;
    }

    private String renderOne(WebPanelModule module, Map<String, Object> jiraContext, IssueContext page,
                             RequiredResources resources) throws ReflectiveOperationException, IOException {
        Map<String, Object> model = new HashMap<>(jiraContext);
        if (module.contextProviderClass() != null && !module.contextProviderClass().isBlank()) {
            Object provider = contextProvider(module);
            Method getContextMap = method(provider, "getContextMap");
            @SuppressWarnings("unchecked")
            Map<String, Object> provided = (Map<String, Object>) getContextMap.invoke(provider, new HashMap<>(jiraContext));
            if (provided != null) {
                model.putAll(provided);
            }
        }
        if (module.viewLocation() == null) {
            return "";
        }
        if ("static".equals(module.viewType())) {
            try (InputStream in = loader.getResourceAsStream(module.viewLocation())) {
                if (in == null) {
                    throw new IOException("view " + module.viewLocation() + " is not on the class path");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        model.put("i18n", i18n);
        model.put("baseurl", page.contextPath());
        model.put("req", page.request());
        model.put("webResourceManager", resources);
        StringWriter out = new StringWriter();
        templates.render(module.viewLocation(), model, out);
        return out.toString();
    }

    /** Jira makes one context provider per module and calls {@code init(params)} once. */
    private Object contextProvider(WebPanelModule module) throws ReflectiveOperationException {
        Object existing = contextProviders.get(module.key());
        if (existing != null) {
            return existing;
        }
        Object provider = container.instantiate(Class.forName(module.contextProviderClass(), true, loader));
        method(provider, "init").invoke(provider, module.contextProviderParams());
        contextProviders.put(module.key(), provider);
        return provider;
    }

    /** The public interface method (ContextProvider's, Condition's), callable even on a package-private class. */
    private static Method method(Object target, String name) throws NoSuchMethodException {
        for (Class<?> api : ClassUtils.getAllInterfacesForClassAsSet(target.getClass())) {
            try {
                return api.getMethod(name, Map.class);
            } catch (NoSuchMethodException notThisOne) {
                // try the next interface
            }
        }
        Method method = target.getClass().getMethod(name, Map.class);
        method.setAccessible(true);
        return method;
    }
}
