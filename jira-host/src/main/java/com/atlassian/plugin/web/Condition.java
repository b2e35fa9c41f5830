package com.atlassian.plugin.web;

import java.util.Map;

/**
 * Compile-only mirror (see MIRRORS.md): whether a web fragment (item, panel) is shown. In Platform 7 it
 * extends {@code com.atlassian.plugin.web.api.baseconditions.BaseCondition}, left out here: a class
 * implementing this mirror links against the real interface. {@code throws PluginParseException} on
 * {@code init} is left out as for {@link ContextProvider}.
 */
public interface Condition {

    void init(Map<String, String> params);

    boolean shouldDisplay(Map<String, Object> context);
}
