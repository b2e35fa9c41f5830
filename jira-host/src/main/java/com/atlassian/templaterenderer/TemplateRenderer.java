package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Compile-only mirror (see MIRRORS.md): the Atlassian Template Renderer service. Its Velocity
 * implementation escapes every {@code $reference} it prints unless the template opts out.
 */
public interface TemplateRenderer {

    void render(String templateName, Writer writer) throws RenderingException, IOException;

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;

    String renderFragment(String fragment, Map<String, Object> context) throws RenderingException;

    boolean resolve(String templateName);
}
