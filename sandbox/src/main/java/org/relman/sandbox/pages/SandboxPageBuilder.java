package org.relman.sandbox.pages;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

/**
 * Jira's {@code PageBuilderService}: what a servlet (or a panel's context provider) requires while a
 * page is built is collected for that request, and {@link DecoratorFilter} (or the issue page) writes
 * the tags into the page. Outside a page being built it refuses, as nobody would write the tags.
 */
public final class SandboxPageBuilder implements PageBuilderService {

    private final ThreadLocal<org.relman.sandbox.panels.RequiredResources> current = new ThreadLocal<>();

    /** Collects into {@code resources} until the returned scope is closed (a page, or the panels of an issue page). */
    public Scope begin(org.relman.sandbox.panels.RequiredResources resources) {
        current.set(resources);
        return current::remove;
    }

    @Override
    public WebResourceAssembler assembler() {
        org.relman.sandbox.panels.RequiredResources resources = current.get();
        if (resources == null) {
            throw new IllegalStateException("PageBuilderService used outside a page request: the sandbox collects"
                    + " required resources only for /plugins/servlet/ pages");
        }
        return () -> new Required(resources);
    }

    /** Ends a {@link #begin}; closing never throws. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private record Required(org.relman.sandbox.panels.RequiredResources resources) implements RequiredResources {
        @Override
        public RequiredResources requireWebResource(String completeKey) {
            resources.requireResource(completeKey);
            return this;
        }

        @Override
        public RequiredResources requireContext(String context) {
            resources.requireResourcesForContext(context);
            return this;
        }
    }
}
