package org.relman.platform.adapter.web;

import java.util.List;
import java.util.Objects;

/**
 * What a relman page renders: a Velocity template under {@code templates/}, the view record whose
 * components become the template's {@code $references}, and the page's own web resources (module keys
 * of relman's {@code <web-resource>}s; the shared {@value RelmanWeb#BASE_RESOURCES} comes with every page).
 */
public record PageView(String template, Record view, List<String> webResources) {

    public PageView {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(view, "view");
        webResources = List.copyOf(webResources);
    }

    public static PageView of(String template, Record view, String... webResources) {
        return new PageView(template, view, List.of(webResources));
    }
}
