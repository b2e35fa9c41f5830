package com.atlassian.templaterenderer;

/** Compile-only mirror (see MIRRORS.md): unchecked, thrown by {@link TemplateRenderer}; every constructor throws here. */
public class RenderingException extends RuntimeException {

    public RenderingException(String message, Throwable cause) {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    public RenderingException(String message) {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    public RenderingException(Throwable cause) {
        throw new UnsupportedOperationException("compile-only mirror");
    }
}
