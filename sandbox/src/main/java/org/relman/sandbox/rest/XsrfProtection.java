package org.relman.sandbox.rest;

import java.lang.annotation.Annotation;
import java.util.Locale;
import java.util.Map;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.relman.sandbox.web.SameOriginFilter;

/**
 * Jira's REST XSRF rule: a state-changing request must be one an HTML form on another site cannot
 * send, that is JSON, or carry {@code X-Atlassian-Token: no-check} (which a browser sends
 * cross-site only after a CORS preflight the sandbox never grants). A resource method or class
 * marked {@code @XsrfProtectionExcluded} opts out, as in Jira. A forgeable request that matches no
 * method because nothing consumes its content type (a form post to a JSON resource) is refused as
 * an XSRF failure too, rather than as 415, so the caller learns what to fix.
 */
final class XsrfProtection implements DynamicFeature {

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        if (!excluded(info)) {
            context.register(new Check(), Priorities.AUTHORIZATION);
        }
    }

    private static boolean excluded(ResourceInfo info) {
        return hasExclusion(info.getResourceMethod().getAnnotations())
                || hasExclusion(info.getResourceClass().getAnnotations());
    }

    private static boolean hasExclusion(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a.annotationType().getSimpleName().equals("XsrfProtectionExcluded")) {
                return true;
            }
        }
        return false;
    }

    static boolean passes(String method, String contentType, String tokenHeader) {
        if (!SameOriginFilter.isStateChanging(method)) {
            return true;
        }
        if (tokenHeader != null && tokenHeader.trim().equalsIgnoreCase("no-check")) {
            return true;
        }
        if (contentType == null) {
            return false;
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return type.getType().equalsIgnoreCase("application")
                && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }

    static Response refusal() {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("message", SameOriginFilter.XSRF_FAILED, "status-code", 403)).build();
    }

    private static final class Check implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (!passes(request.getMethod(), request.getHeaderString("Content-Type"),
                    request.getHeaderString("X-Atlassian-Token"))) {
                request.abortWith(refusal());
            }
        }
    }

    /** 415 for a request that is forgeable anyway becomes the XSRF refusal. */
    static final class UnsupportedMediaType implements ExceptionMapper<NotSupportedException> {
        @Context
        private HttpHeaders headers;
        @Context
        private Request request;

        @Override
        public Response toResponse(NotSupportedException e) {
            if (!passes(request.getMethod(), headers.getHeaderString("Content-Type"),
                    headers.getHeaderString("X-Atlassian-Token"))) {
                return refusal();
            }
            return e.getResponse();
        }
    }
}
