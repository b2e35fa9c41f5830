package org.relman.sandbox.web;

import javax.servlet.http.HttpServletRequest;

/** The sandbox's own URLs, relative to the context path. Jira's where Jira has one (login.jsp, browse/KEY). */
public final class SandboxPaths {
    public static final String LOGIN = "/login.jsp";
    public static final String LOGOUT = "/logout";
    public static final String BROWSE = "/browse/";
    public static final String STATIC = "/static/";
    public static final String DOWNLOAD_RESOURCES = "/download/resources/";
    public static final String PLUGIN_SERVLETS = "/plugins/servlet";

    private SandboxPaths() {
    }

    /** The decoded, normalised path of the request below the context path, e.g. {@code /browse/CHG-1}. */
    public static String within(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = servletPath + pathInfo;
        return path.isEmpty() ? "/" : path;
    }

    /** {@code scheme://host[:port]} as the caller addressed this server. */
    public static String ownOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null || host.isBlank()) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        return request.getScheme() + "://" + host.trim();
    }
}
