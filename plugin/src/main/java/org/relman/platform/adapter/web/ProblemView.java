package org.relman.platform.adapter.web;

/**
 * The page a user sees instead of the one asked for: a heading (an i18n key), the reason in words
 * (the refusal's own message, e.g. "Only a CMDB reader may read the CMDB.") and a way back.
 */
record ProblemView(String headingKey, String message, String homeUrl) {
    static final String TEMPLATE = "templates/platform/problem.vm";
}
