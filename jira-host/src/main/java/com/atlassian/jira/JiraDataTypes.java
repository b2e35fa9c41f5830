package com.atlassian.jira;

import java.lang.reflect.Proxy;

/**
 * Compile-only mirror (see MIRRORS.md): only {@code ISSUE} is mirrored. Object constants are read
 * with getstatic at run time, never inlined; the stand-in value (a named proxy) lets tests tell it
 * apart from null.
 */
public class JiraDataTypes {

    public static final JiraDataType ISSUE = named("ISSUE");

    private static JiraDataType named(String name) {
        return (JiraDataType) Proxy.newProxyInstance(JiraDataType.class.getClassLoader(), new Class<?>[] {JiraDataType.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> name;
                    case "hashCode" -> name.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("compile-only mirror");
                });
    }
}
