package org.relman.sandbox.rest;

import java.util.Map;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A bug, not the caller's fault: logged in full here, a short JSON 500 for the caller, never a stack trace page. */
final class UnexpectedErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException web) {
            return web.getResponse();
        }
        LOG.error("REST request failed", e);
        return Response.status(Response.Status.INTERNAL_SERVER_ERROR).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("message", "Internal error (" + e.getClass().getSimpleName() + "): see the sandbox's log.",
                        "status-code", 500))
                .build();
    }
}
