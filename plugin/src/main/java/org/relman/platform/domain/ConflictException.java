package org.relman.platform.domain;

/** The input is valid on its own but clashes with what is stored, e.g. a key already taken. */
public class ConflictException extends InvalidInputException {
    public ConflictException(String field, String message) {
        super(field, message);
    }
}
