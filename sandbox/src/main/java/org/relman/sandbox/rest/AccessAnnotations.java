package org.relman.sandbox.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.Map;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.app.RoleDirectory;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/**
 * Jira 10's REST is secure by default: a resource answers anonymous callers only when it says so
 * ({@code @AnonymousSiteAccess}, {@code @UnrestrictedAccess}, or the older {@code @AnonymousAllowed}),
 * and {@code @AdminOnly}/{@code @SystemAdminOnly} resources only administrators. Annotations are
 * matched by simple name so the sandbox needs none of Atlassian's jars; a method's annotation wins
 * over its class's.
 */
final class AccessAnnotations implements DynamicFeature {

    enum Access { ANONYMOUS, USER, ADMIN }

    private static final Map<String, Access> BY_ANNOTATION = Map.of(
            "AnonymousAllowed", Access.ANONYMOUS,
            "AnonymousSiteAccess", Access.ANONYMOUS,
            "UnrestrictedAccess", Access.ANONYMOUS,
            "UnlicensedSiteAccess", Access.USER,
            "LicensedOnly", Access.USER,
            "AdminOnly", Access.ADMIN,
            "SystemAdminOnly", Access.ADMIN);

    private final CurrentUser currentUser;
    private final RoleDirectory roles;

    AccessAnnotations(CurrentUser currentUser, RoleDirectory roles) {
        this.currentUser = currentUser;
        this.roles = roles;
    }

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        Access access = declared(info.getResourceMethod());
        if (access == null) {
            access = declared(info.getResourceClass());
        }
        if (access == null) {
            access = Access.USER;
        }
        if (access != Access.ANONYMOUS) {
            context.register(new Check(access == Access.ADMIN), Priorities.AUTHENTICATION);
        }
    }

    static Access declared(AnnotatedElement element) {
        if (element == null) {
            return null;
        }
        for (Annotation annotation : element.getAnnotations()) {
            Access access = BY_ANNOTATION.get(annotation.annotationType().getSimpleName());
            if (access != null) {
                return access;
            }
        }
        return null;
    }

    @Priority(Priorities.AUTHENTICATION)
    private final class Check implements ContainerRequestFilter {
        private final boolean adminOnly;

        Check(boolean adminOnly) {
            this.adminOnly = adminOnly;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            UserRef user = currentUser.get().orElse(null);
            if (user == null) {
                request.abortWith(refusal(Response.Status.UNAUTHORIZED, "Client must be authenticated to access this resource."));
            } else if (adminOnly && !roles.hasRole(user, RelmanRole.ADMINISTRATOR)) {
                request.abortWith(refusal(Response.Status.FORBIDDEN, "Client must be authenticated as an administrator to access this resource."));
            }
        }
    }

    private static Response refusal(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("message", message, "status-code", status.getStatusCode())).build();
    }
}
