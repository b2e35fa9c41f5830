package com.atlassian.webresource.api.assembler;

/**
 * Compile-only mirror (see MIRRORS.md). Only the two String-keyed requirements relman uses are mirrored;
 * the ResourcePhase variants, modules, pages, exclusions and the superbatch are left out.
 */
public interface RequiredResources {

    /** Requires a web resource by its complete key, {@code pluginKey:moduleKey}. */
    RequiredResources requireWebResource(String completeKey);

    /** Requires every web resource of a context, e.g. {@code atl.general}. */
    RequiredResources requireContext(String context);
}
