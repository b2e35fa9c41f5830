package org.relman.platform.adapter.rest;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.NotFoundException;

/**
 * Turns the refusals use cases throw into HTTP answers, so resources never catch them one by one.
 * Nothing a user can cause reaches the client as a stack trace or a 500.
 */
public final class ErrorMappers {
    private ErrorMappers() {
    }

    static Response json(Response.Status status, ErrorBody body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            Response.Status status = e instanceof ConflictException ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
            return json(status, new ErrorBody(e.getMessage(), e.errors()));
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            Response.Status status = e.authenticated() ? Response.Status.FORBIDDEN : Response.Status.UNAUTHORIZED;
            return json(status, ErrorBody.message(e.getMessage()));
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return json(Response.Status.NOT_FOUND, ErrorBody.message(e.getMessage()));
        }
    }
}
