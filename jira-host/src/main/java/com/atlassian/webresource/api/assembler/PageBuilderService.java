package com.atlassian.webresource.api.assembler;

/**
 * Compile-only mirror (see MIRRORS.md): the request's web-resource assembler. What a servlet requires
 * through it is written into the page by the decorator. {@code seed(WebResourceAssembler)} is left out.
 */
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
