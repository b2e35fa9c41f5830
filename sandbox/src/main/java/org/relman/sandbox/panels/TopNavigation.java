package org.relman.sandbox.panels;

import static org.relman.sandbox.web.Html.escape;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relman.platform.domain.UserRef;
import org.relman.sandbox.plugin.PluginContainer;
import org.relman.sandbox.plugin.PluginDescriptor;
import org.relman.sandbox.plugin.PluginDescriptor.WebItemModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin's {@code <web-item section="system.top.navigation.bar">}s as links in the sandbox's header,
 * in weight order, each shown only when its conditions pass for the visitor, as in Jira's top bar.
 */
public final class TopNavigation {

    public static final String SECTION = "system.top.navigation.bar";
    private static final Logger LOG = LoggerFactory.getLogger(TopNavigation.class);

    private final List<WebItemModule> items;
    private final PluginContainer container;
    private final ClassLoader loader;
    private final I18nText i18n;

    public TopNavigation(PluginDescriptor plugin, PluginContainer container, ClassLoader loader) {
        this.items = plugin.webItems().stream().filter(i -> SECTION.equals(i.section()))
                .sorted(Comparator.comparingInt(WebItemModule::weight)).toList();
        this.container = container;
        this.loader = loader;
        this.i18n = new I18nText(plugin.i18nBundles(), loader);
    }

    /** {@code <li><a ...>label</a></li>} for each item the visitor may see; empty for anonymous visitors. */
    public String html(String contextPath, UserRef user) {
        if (user == null) {
            return "";
        }
        Map<String, Object> context = new HashMap<>();
        context.put("user", new JiraStandIns(loader, key -> null).user(user));
        StringBuilder html = new StringBuilder();
        for (WebItemModule item : items) {
            try {
                if (WebPanels.allPass(item.conditions(), context, container, loader)) {
                    String label = item.labelKey() == null ? item.key() : i18n.getText(item.labelKey());
                    html.append("<li><a class=\"sandbox-nav-item\" id=\"").append(escape(item.key())).append("\" href=\"")
                            .append(escape(item.link().startsWith("/") ? contextPath + item.link() : item.link())).append("\">").append(escape(label)).append("</a></li>");
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.warn("Web item {} failed; it is left out of the header", item.key(), e);
            }
        }
        return html.toString();
    }
}
