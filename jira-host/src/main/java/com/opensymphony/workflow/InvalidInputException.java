package com.opensymphony.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mirror of OSWorkflow's validation failure (see MIRRORS.md). It works like the real class: generic
 * errors in a list, field errors in a map, so tests can read what a validator refused with. The
 * {@code (Object)} constructor keeps only the {@code toString()} form of its argument.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public class InvalidInputException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    private final List genericErrors = new ArrayList();
    private final Map errors = new HashMap();

    public InvalidInputException() {
    }

    public InvalidInputException(Object error) {
        addError(String.valueOf(error));
    }

    public InvalidInputException(String error) {
        super(error);
        addError(error);
    }

    public InvalidInputException(String name, String error) {
        addError(name, error);
    }

    public Map getErrors() {
        return errors;
    }

    public List getGenericErrors() {
        return genericErrors;
    }

    public void addError(String error) {
        genericErrors.add(error);
    }

    public void addError(String name, String error) {
        errors.put(name, error);
    }
}
