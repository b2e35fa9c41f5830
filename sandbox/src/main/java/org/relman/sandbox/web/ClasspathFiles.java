package org.relman.sandbox.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;

/** Sends a file from the class path: static AUI files and the plugin's download resources. */
public final class ClasspathFiles {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css;charset=UTF-8"),
            Map.entry("js", "text/javascript;charset=UTF-8"),
            Map.entry("json", "application/json;charset=UTF-8"),
            Map.entry("html", "text/html;charset=UTF-8"),
            Map.entry("txt", "text/plain;charset=UTF-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("eot", "application/vnd.ms-fontobject"),
            Map.entry("soy", "text/plain;charset=UTF-8"));

    private final ClassLoader loader;

    public ClasspathFiles(ClassLoader loader) {
        this.loader = loader;
    }

    /** Sends {@code location} or a 404; refuses names that climb out of their folder. */
    public void send(String location, HttpServletResponse response) throws IOException {
        URL url = isSafe(location) ? loader.getResource(location) : null;
        if (url == null || location.endsWith("/")) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Not found");
            return;
        }
        response.setContentType(contentType(location));
        response.setHeader("Cache-Control", "public, max-age=3600");
        try (InputStream in = url.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    static boolean isSafe(String location) {
        if (location == null || location.isEmpty() || location.startsWith("/") || location.contains("\\")) {
            return false;
        }
        for (String segment : location.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return !location.endsWith(".class");
    }

    static String contentType(String location) {
        int dot = location.lastIndexOf('.');
        String ext = dot < 0 ? "" : location.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
