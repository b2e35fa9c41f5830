package org.relman.sandbox.plugin;

import java.util.List;
import java.util.Map;

/**
 * What the sandbox reads from {@code atlassian-plugin.xml}: the plugin's identity and the modules
 * it knows how to host. Modules of other types (workflow, JQL, ...) are counted, not hosted.
 */
public record PluginDescriptor(String key, String name, String version, List<String> i18nBundles,
                               List<AoModule> aoModules, List<RestModule> restModules,
                               List<ServletModule> servletModules, List<WebPanelModule> webPanels,
                               List<WebResourceModule> webResources, List<WebItemModule> webItems,
                               List<String> unhostedModules) {

    public PluginDescriptor {
        i18nBundles = List.copyOf(i18nBundles);
        aoModules = List.copyOf(aoModules);
        restModules = List.copyOf(restModules);
        servletModules = List.copyOf(servletModules);
        webPanels = List.copyOf(webPanels);
        webResources = List.copyOf(webResources);
        webItems = List.copyOf(webItems);
        unhostedModules = List.copyOf(unhostedModules);
    }

    /** {@code <ao namespace="..."><entity>...</entity></ao>}. */
    public record AoModule(String key, String namespace, List<String> entityClasses) {
        public AoModule {
            entityClasses = List.copyOf(entityClasses);
        }
    }

    /** {@code <rest path="/relman" version="1.0"><package>...</package></rest>}, served at /rest/relman/1.0. */
    public record RestModule(String key, String path, String version, List<String> packages) {
        public RestModule {
            packages = List.copyOf(packages);
        }

        /** The servlet mapping prefix, e.g. {@code /rest/relman/1.0}. */
        public String mountPath() {
            String p = path.startsWith("/") ? path : "/" + path;
            while (p.endsWith("/")) {
                p = p.substring(0, p.length() - 1);
            }
            return "/rest" + p + "/" + version;
        }
    }

    /**
     * {@code <servlet name="..." class="..."><url-pattern>/x</url-pattern></servlet>}, served at /plugins/servlet/x;
     * {@code name} is what the start page calls it (the key when the module has no name).
     */
    public record ServletModule(String key, String className, List<String> urlPatterns, Map<String, String> initParams,
                                String name) {
        public ServletModule {
            urlPatterns = List.copyOf(urlPatterns);
            initParams = Map.copyOf(initParams);
        }
    }

    /** {@code <web-panel location="..."><context-provider class/><resource type="velocity" name="view"/></web-panel>}. */
    public record WebPanelModule(String key, String location, int weight, String contextProviderClass,
                                 Map<String, String> contextProviderParams, String viewType, String viewLocation,
                                 List<ConditionRef> conditions, String labelKey) {
        public WebPanelModule {
            contextProviderParams = Map.copyOf(contextProviderParams);
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * {@code <web-item section="..."><label key/><link>/path</link><condition/></web-item>}; the sandbox shows
     * those of Jira's top navigation bar in its header.
     */
    public record WebItemModule(String key, String section, int weight, String labelKey, String link,
                                List<ConditionRef> conditions) {
        public WebItemModule {
            conditions = List.copyOf(conditions);
        }
    }

    /** A {@code <condition class="..." invert="...">} on a web fragment; nested {@code <conditions>} are flattened to AND. */
    public record ConditionRef(String className, boolean invert, Map<String, String> params) {
        public ConditionRef {
            params = Map.copyOf(params);
        }
    }

    /** {@code <web-resource><resource type="download" name location/></web-resource>}. */
    public record WebResourceModule(String key, List<DownloadResource> resources, List<String> dependencies,
                                    List<String> contexts) {
        public WebResourceModule {
            resources = List.copyOf(resources);
            dependencies = List.copyOf(dependencies);
            contexts = List.copyOf(contexts);
        }
    }

    /** One downloadable file (or, when {@code name} ends in '/', a folder of them). */
    public record DownloadResource(String name, String location) {
    }
}
