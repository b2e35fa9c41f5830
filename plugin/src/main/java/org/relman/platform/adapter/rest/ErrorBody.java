package org.relman.platform.adapter.rest;

import java.util.List;
import org.relman.platform.domain.FieldError;

/**
 * Every error relman's REST API returns:
 * {@code {"message":"key: key is required.","errors":[{"field":"key","message":"key is required."}]}}.
 * {@code errors} names each broken field rule; it is empty for refusals that are not about a field.
 */
public record ErrorBody(String message, List<FieldError> errors) {
    public static ErrorBody message(String message) {
        return new ErrorBody(message, List.of());
    }
}
