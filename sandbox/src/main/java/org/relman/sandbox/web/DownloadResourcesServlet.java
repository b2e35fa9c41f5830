package org.relman.sandbox.web;

import java.io.IOException;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.relman.sandbox.plugin.PluginDescriptor;
import org.relman.sandbox.plugin.PluginDescriptor.DownloadResource;
import org.relman.sandbox.plugin.PluginDescriptor.WebResourceModule;

/**
 * The plugin's {@code <web-resource>} files at Jira's URL,
 * {@code /download/resources/<pluginKey>:<moduleKey>/<name>}; a resource whose name ends in '/'
 * serves the folder below it.
 */
public final class DownloadResourcesServlet extends HttpServlet {

    private final PluginDescriptor plugin;
    private final ClasspathFiles files;

    public DownloadResourcesServlet(PluginDescriptor plugin, ClasspathFiles files) {
        this.plugin = plugin;
        this.files = files;
    }

    /** The URL path (below the context) of a web resource's file. */
    public static String urlPath(String pluginKey, String moduleKey, String name) {
        return SandboxPaths.DOWNLOAD_RESOURCES + pluginKey + ":" + moduleKey + "/" + name;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        files.send(locate(request.getPathInfo()).orElse(""), response);
    }

    Optional<String> locate(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2) {
            return Optional.empty();
        }
        String rest = pathInfo.substring(1);
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String completeKey = rest.substring(0, slash);
        String name = rest.substring(slash + 1);
        String prefix = plugin.key() + ":";
        if (!completeKey.startsWith(prefix)) {
            return Optional.empty();
        }
        String moduleKey = completeKey.substring(prefix.length());
        for (WebResourceModule module : plugin.webResources()) {
            if (!module.key().equals(moduleKey)) {
                continue;
            }
            for (DownloadResource resource : module.resources()) {
                String location = resource.location().startsWith("/") ? resource.location().substring(1) : resource.location();
                if (resource.name().equals(name)) {
                    return Optional.of(location);
                }
                if (resource.name().endsWith("/") && name.startsWith(resource.name())) {
                    String folder = location.endsWith("/") ? location : location + "/";
                    return Optional.of(folder + name.substring(resource.name().length()));
                }
            }
        }
        return Optional.empty();
    }
}
