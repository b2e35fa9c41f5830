package org.ofbiz.core.entity;

/**
 * Mirror of OfBiz's checked exception (see MIRRORS.md), for the throws clause of createCustomField.
 * The real class extends GeneralException, itself an Exception.
 */
public class GenericEntityException extends Exception {

    private static final long serialVersionUID = 1L;

    public GenericEntityException() {
    }

    public GenericEntityException(String message) {
        super(message);
    }

    public GenericEntityException(String message, Throwable cause) {
        super(message, cause);
    }
}
