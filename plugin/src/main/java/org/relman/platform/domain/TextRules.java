package org.relman.platform.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the field rules of one input so that a caller gets every broken rule in one answer.
 * Texts are trimmed; a blank optional text becomes {@code null}.
 */
public final class TextRules {
    private final List<FieldError> errors = new ArrayList<>();

    public String required(String field, String value, int maxLength) {
        String text = trimmed(value);
        if (text == null) {
            errors.add(new FieldError(field, field + " is required."));
            return null;
        }
        return withinLength(field, text, maxLength);
    }

    public String optional(String field, String value, int maxLength) {
        String text = trimmed(value);
        return text == null ? null : withinLength(field, text, maxLength);
    }

    public String matching(String field, String value, Pattern pattern, String rule) {
        if (value != null && !pattern.matcher(value).matches()) {
            errors.add(new FieldError(field, field + " " + rule));
        }
        return value;
    }

    public void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Throws {@link InvalidInputException} listing every broken rule, if any. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private String withinLength(String field, String text, int maxLength) {
        if (text.length() > maxLength) {
            errors.add(new FieldError(field, field + " must be at most " + maxLength
                    + " characters (it has " + text.length() + ")."));
        }
        return text;
    }

    private static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        return text.isEmpty() ? null : text;
    }
}
