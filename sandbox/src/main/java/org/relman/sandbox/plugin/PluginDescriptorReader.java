package org.relman.sandbox.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.relman.sandbox.plugin.PluginDescriptor.AoModule;
import org.relman.sandbox.plugin.PluginDescriptor.ConditionRef;
import org.relman.sandbox.plugin.PluginDescriptor.DownloadResource;
import org.relman.sandbox.plugin.PluginDescriptor.RestModule;
import org.relman.sandbox.plugin.PluginDescriptor.ServletModule;
import org.relman.sandbox.plugin.PluginDescriptor.WebItemModule;
import org.relman.sandbox.plugin.PluginDescriptor.WebPanelModule;
import org.relman.sandbox.plugin.PluginDescriptor.WebResourceModule;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Parses {@code atlassian-plugin.xml}, the way Jira's plugin system reads the modules the sandbox hosts. */
public final class PluginDescriptorReader {

    public static final String DESCRIPTOR = "atlassian-plugin.xml";

    private PluginDescriptorReader() {
    }

    /** The descriptor on the class path; fails with a clear message when the plugin is not there. */
    public static PluginDescriptor fromClassPath(ClassLoader loader) {
        URL url = loader.getResource(DESCRIPTOR);
        if (url == null) {
            throw new PluginStartException("No " + DESCRIPTOR + " on the class path: the sandbox runs the relman plugin,"
                    + " so relman-plugin must be on its class path (build with ./run-sandbox.sh).");
        }
        try (InputStream in = url.openStream()) {
            return read(in);
        } catch (IOException e) {
            throw new PluginStartException("Cannot read " + url + ": " + e.getMessage(), e);
        }
    }

    public static PluginDescriptor read(InputStream in) throws IOException {
        Element root = parse(in).getDocumentElement();
        if (!"atlassian-plugin".equals(root.getTagName())) {
            throw new PluginStartException(DESCRIPTOR + " must have <atlassian-plugin> at its root, found <" + root.getTagName() + ">");
        }
        List<String> i18n = new ArrayList<>();
        List<AoModule> ao = new ArrayList<>();
        List<RestModule> rest = new ArrayList<>();
        List<ServletModule> servlets = new ArrayList<>();
        List<WebPanelModule> panels = new ArrayList<>();
        List<WebResourceModule> resources = new ArrayList<>();
        List<WebItemModule> items = new ArrayList<>();
        List<String> unhosted = new ArrayList<>();
        String version = "";
        for (Element module : children(root, null)) {
            String key = module.getAttribute("key");
            switch (module.getTagName()) {
                case "plugin-info" -> version = text(first(module, "version"));
                case "resource" -> {
                    if ("i18n".equals(module.getAttribute("type"))) {
                        i18n.add(module.getAttribute("location"));
                    }
                }
                case "ao" -> ao.add(new AoModule(key, module.getAttribute("namespace"), texts(module, "entity")));
                case "rest" -> rest.add(new RestModule(key, module.getAttribute("path"), module.getAttribute("version"),
                        texts(module, "package")));
                case "servlet" -> servlets.add(new ServletModule(key, module.getAttribute("class"),
                        texts(module, "url-pattern"), initParams(module),
                        module.getAttribute("name").isBlank() ? key : module.getAttribute("name")));
                case "web-panel" -> panels.add(webPanel(module));
                case "web-resource" -> resources.add(webResource(module));
                case "web-item" -> items.add(webItem(module));
                default -> unhosted.add(module.getTagName() + (key.isEmpty() ? "" : ":" + key));
            }
        }
        return new PluginDescriptor(root.getAttribute("key"), root.getAttribute("name"), version, i18n, ao, rest,
                servlets, panels, resources, items, unhosted);
    }

    private static WebPanelModule webPanel(Element module) {
        Element provider = first(module, "context-provider");
        String viewType = null;
        String viewLocation = null;
        for (Element resource : children(module, "resource")) {
            if ("view".equals(resource.getAttribute("name"))) {
                viewType = resource.getAttribute("type");
                viewLocation = resource.getAttribute("location");
            }
        }
        String weight = module.getAttribute("weight");
        Element label = first(module, "label");
        return new WebPanelModule(module.getAttribute("key"), module.getAttribute("location"),
                weight.isBlank() ? 1000 : Integer.parseInt(weight.trim()),
                provider == null ? null : provider.getAttribute("class"),
                provider == null ? Map.of() : params(provider), viewType, viewLocation, conditions(module),
                label == null ? null : label.getAttribute("key"));
    }

    private static WebItemModule webItem(Element module) {
        String weight = module.getAttribute("weight");
        Element label = first(module, "label");
        return new WebItemModule(module.getAttribute("key"), module.getAttribute("section"),
                weight.isBlank() ? 1000 : Integer.parseInt(weight.trim()), label == null ? null : label.getAttribute("key"),
                text(first(module, "link")), conditions(module));
    }

    private static List<ConditionRef> conditions(Element parent) {
        List<ConditionRef> found = new ArrayList<>();
        for (Element child : children(parent, null)) {
            if ("condition".equals(child.getTagName())) {
                found.add(new ConditionRef(child.getAttribute("class"), "true".equals(child.getAttribute("invert")),
                        params(child)));
            } else if ("conditions".equals(child.getTagName())) {
                found.addAll(conditions(child));
            }
        }
        return found;
    }

    private static WebResourceModule webResource(Element module) {
        List<DownloadResource> files = new ArrayList<>();
        for (Element resource : children(module, "resource")) {
            if ("download".equals(resource.getAttribute("type"))) {
                files.add(new DownloadResource(resource.getAttribute("name"), resource.getAttribute("location")));
            }
        }
        return new WebResourceModule(module.getAttribute("key"), files, texts(module, "dependency"),
                texts(module, "context"));
    }

    private static Map<String, String> params(Element element) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Element param : children(element, "param")) {
            String value = param.hasAttribute("value") ? param.getAttribute("value") : text(param);
            params.put(param.getAttribute("name"), value);
        }
        return params;
    }

    private static Map<String, String> initParams(Element element) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Element param : children(element, "init-param")) {
            params.put(text(first(param, "param-name")), text(first(param, "param-value")));
        }
        return params;
    }

    private static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new PluginStartException(DESCRIPTOR + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (tag == null || tag.equals(e.getTagName()))) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element first(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<String> texts(Element parent, String tag) {
        return children(parent, tag).stream().map(PluginDescriptorReader::text).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().trim();
    }
}
