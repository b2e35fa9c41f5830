package com.atlassian.plugin.util;

/**
 * No-op stand-in for atlassian-plugins' {@code PluginKeyStack}: AO 6.1.1 calls the static
 * {@code getFirstPluginKey()Ljava/lang/String;} to tag its metrics. Outside Jira no plugin is on the stack.
 */
public final class PluginKeyStack {

    private PluginKeyStack() {
    }

    public static String getFirstPluginKey() {
        return null;
    }
}
