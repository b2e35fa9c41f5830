package org.relman.platform.adapter.web;

import javax.servlet.http.HttpServletResponse;

/**
 * Headers a relman page needs whatever sits in front of it. Jira sets its own on most responses, so
 * each is added only when absent. No Content-Security-Policy: Jira's decorated pages carry inline
 * scripts of Jira's own that a strict policy would break (the sandbox, which has none, sets one).
 */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static void addMissing(HttpServletResponse response) {
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "X-Frame-Options", "SAMEORIGIN");
        // pages are built per user and per role: no shared cache may keep one
        setIfAbsent(response, "Cache-Control", "no-store");
    }

    private static void setIfAbsent(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }
}
