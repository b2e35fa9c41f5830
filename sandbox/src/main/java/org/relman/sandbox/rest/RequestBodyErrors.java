package org.relman.sandbox.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/**
 * A request body that is not JSON, or JSON of the wrong shape, is the caller's mistake: 400 with
 * the field named, in the plugin's error shape, never a 500.
 */
final class RequestBodyErrors implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        String field = "";
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            field = unknown.getPropertyName();
            message = field + " is not a field of this request.";
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            message = field + " has the wrong type.";
        } else {
            message = "The request body is not valid JSON"
                    + (e.getLocation() == null ? "." : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ").");
        }
        List<Map<String, String>> errors = field.isEmpty() ? List.of() : List.of(Map.of("field", field, "message", message));
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("message", message, "errors", errors)).build();
    }
}
