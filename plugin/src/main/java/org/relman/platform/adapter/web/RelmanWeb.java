package org.relman.platform.adapter.web;

/** Names shared by relman's pages, panels and their descriptor entries. */
public final class RelmanWeb {

    /** The plugin key, as {@code atlassian-plugin.xml} gets it from {@code relman.plugin.key}. */
    public static final String PLUGIN_KEY = "org.relman.plugin";

    /** The {@code <web-resource>} every page and panel loads: AUI, relman.css and relman.js. */
    public static final String BASE_RESOURCES = "relman-web";

    /** Where relman's servlets live below Jira's context path. */
    public static final String SERVLET_PATH = "/plugins/servlet";

    /** relman's REST API below Jira's context path. */
    public static final String REST_PATH = "/rest/relman/1.0";

    private RelmanWeb() {
    }

    /** The complete key Jira's web-resource manager knows a relman module by. */
    public static String completeKey(String moduleKey) {
        return PLUGIN_KEY + ":" + moduleKey;
    }
}
