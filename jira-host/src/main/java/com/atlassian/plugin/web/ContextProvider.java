package com.atlassian.plugin.web;

import java.util.Map;

/**
 * Compile-only mirror (see MIRRORS.md): builds a web fragment's (panel's) Velocity context. The real
 * {@code init} declares {@code throws PluginParseException}; throws clauses are not part of a method's
 * descriptor, so the mirror leaves it out and does not mirror that exception.
 */
public interface ContextProvider {

    void init(Map<String, String> params);

    Map<String, Object> getContextMap(Map<String, Object> context);
}
