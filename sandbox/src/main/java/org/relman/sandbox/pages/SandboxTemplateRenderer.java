package org.relman.sandbox.pages;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.JdkLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.relman.sandbox.panels.HtmlEscapingReferenceHandler;
import org.relman.sandbox.panels.I18nText;

/**
 * The sandbox's Atlassian Template Renderer: Velocity 1.7 over the class path, every {@code $reference}
 * HTML-escaped (as ATR does unless a template says {@code #disable_html_escaping()}, which relman's never
 * do), and {@code $i18n} from the plugin's bundles when the caller did not put one in, as ATR's
 * {@code i18n} context item does. Web panels and servlet pages both render through it.
 */
public final class SandboxTemplateRenderer implements TemplateRenderer {

    private final ClassLoader loader;
    private final I18nText i18n;
    private final VelocityEngine velocity;

    public SandboxTemplateRenderer(ClassLoader loader, I18nText i18n) {
        this.loader = loader;
        this.i18n = i18n;
        this.velocity = engine();
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        if (!resolve(templateName)) {
            throw new IOException("Template " + templateName + " is not on the class path");
        }
        try {
            velocity.mergeTemplate(templateName, "UTF-8", context(context), writer);
        } catch (ResourceNotFoundException e) {
            throw new IOException("Template " + templateName + " is not on the class path", e);
        }
        writer.flush();
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        velocity.evaluate(context(context), out, "renderFragment", fragment);
        return out.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return templateName != null && loader.getResource(templateName) != null;
    }

    private VelocityContext context(Map<String, Object> given) {
        Map<String, Object> model = new HashMap<>(given);
        model.putIfAbsent("i18n", i18n);
        return new VelocityContext(model);
    }

    private static VelocityEngine engine() {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        engine.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
        engine.setProperty("classpath.resource.loader.cache", "true");
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, JdkLogChute.class.getName());
        engine.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, HtmlEscapingReferenceHandler.class.getName());
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        engine.init();
        return engine;
    }
}
