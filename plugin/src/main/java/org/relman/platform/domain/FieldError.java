package org.relman.platform.domain;

import java.util.Objects;

/** One broken rule on one input field: the field as the caller named it and the rule in words. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
