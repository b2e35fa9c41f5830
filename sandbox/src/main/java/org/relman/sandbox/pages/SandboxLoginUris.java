package org.relman.sandbox.pages;

import com.atlassian.sal.api.auth.LoginUriProvider;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.relman.sandbox.web.SandboxPaths;

/**
 * SAL's {@code LoginUriProvider}: the sandbox's {@code login.jsp} with the page to come back to in
 * {@code os_destination}, as a path below the context (the login page follows nothing else).
 */
public final class SandboxLoginUris implements LoginUriProvider {

    private final String contextPath;

    public SandboxLoginUris(String contextPath) {
        this.contextPath = contextPath;
    }

    @Override
    public URI getLoginUri(URI returnUri) {
        String destination = destination(returnUri);
        String login = contextPath + SandboxPaths.LOGIN;
        return URI.create(destination.equals("/") ? login
                : login + "?os_destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8));
    }

    private String destination(URI returnUri) {
        String path = returnUri.getRawPath() == null ? "" : returnUri.getRawPath();
        if (!contextPath.isEmpty() && (path.equals(contextPath) || path.startsWith(contextPath + "/"))) {
            path = path.substring(contextPath.length());
        }
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        return returnUri.getRawQuery() == null ? path : path + "?" + returnUri.getRawQuery();
    }
}
