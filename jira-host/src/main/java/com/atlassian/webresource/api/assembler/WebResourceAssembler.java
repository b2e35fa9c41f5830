package com.atlassian.webresource.api.assembler;

/**
 * Compile-only mirror (see MIRRORS.md). Only {@code resources()} is mirrored; {@code assembled()},
 * {@code data()} and {@code copy()} return types relman does not use.
 */
public interface WebResourceAssembler {

    RequiredResources resources();
}
