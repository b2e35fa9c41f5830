package org.relman.sandbox.panels;

import static org.relman.sandbox.web.Html.escape;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.relman.sandbox.plugin.PluginDescriptor;
import org.relman.sandbox.plugin.PluginDescriptor.DownloadResource;
import org.relman.sandbox.plugin.PluginDescriptor.WebResourceModule;
import org.relman.sandbox.web.DownloadResourcesServlet;

/**
 * {@code $webResourceManager} for one page: what templates and the page ask for with
 * {@code requireResource("plugin:module")} or {@code requireResourcesForContext("context")}, with
 * the plugin's own dependencies, as {@code <script>} and {@code <link>} tags. Resources of other
 * plugins (AUI, Jira's) are stood in for by the AUI bundle the sandbox serves.
 */
public final class RequiredResources {

    private final PluginDescriptor plugin;
    private final Set<String> required = new LinkedHashSet<>();
    private boolean needsAui;

    RequiredResources(PluginDescriptor plugin) {
        this.plugin = plugin;
    }

    /** What a page starts with: the plugin's resources for each of {@code contexts} (e.g. {@code atl.general}). */
    public static RequiredResources forContexts(PluginDescriptor plugin, String... contexts) {
        RequiredResources resources = new RequiredResources(plugin);
        for (String context : contexts) {
            resources.requireResourcesForContext(context);
        }
        return resources;
    }

    public void requireResource(String completeKey) {
        if (completeKey == null || required.contains(completeKey)) {
            return;
        }
        Optional<WebResourceModule> module = own(completeKey);
        if (module.isEmpty()) {
            needsAui = true;
            return;
        }
        for (String dependency : module.get().dependencies()) {
            requireResource(dependency);
        }
        required.add(completeKey);
    }

    public void requireResourcesForContext(String context) {
        for (WebResourceModule module : plugin.webResources()) {
            if (module.contexts().contains(context)) {
                requireResource(plugin.key() + ":" + module.key());
            }
        }
    }

    /** The tags for the page's head, AUI's script first when something needs it. */
    public String headHtml(String contextPath) {
        StringBuilder html = new StringBuilder();
        String ctx = escape(contextPath);
        if (needsAui) {
            html.append("<script src=\"").append(ctx).append("/static/aui/aui-prototyping.js\"></script>");
        }
        for (String key : required) {
            WebResourceModule module = own(key).orElseThrow();
            for (DownloadResource resource : module.resources()) {
                String url = ctx + escape(DownloadResourcesServlet.urlPath(plugin.key(), module.key(), resource.name()));
                if (resource.name().endsWith(".js")) {
                    html.append("<script src=\"").append(url).append("\"></script>");
                } else if (resource.name().endsWith(".css")) {
                    html.append("<link rel=\"stylesheet\" href=\"").append(url).append("\">");
                }
            }
        }
        return html.toString();
    }

    List<String> required() {
        return List.copyOf(required);
    }

    private Optional<WebResourceModule> own(String completeKey) {
        String prefix = plugin.key() + ":";
        if (!completeKey.startsWith(prefix)) {
            return Optional.empty();
        }
        String key = completeKey.substring(prefix.length());
        return plugin.webResources().stream().filter(m -> m.key().equals(key)).findFirst();
    }
}
