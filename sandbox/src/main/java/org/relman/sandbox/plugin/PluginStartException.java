package org.relman.sandbox.plugin;

/** The plugin cannot be started in the sandbox; the message says why and what to do. */
public final class PluginStartException extends RuntimeException {
    public PluginStartException(String message) {
        super(message);
    }

    public PluginStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
