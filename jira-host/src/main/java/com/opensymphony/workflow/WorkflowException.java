package com.opensymphony.workflow;

/**
 * Mirror of OSWorkflow's checked exception (see MIRRORS.md). Like the few other value-like mirrors
 * it works — it keeps its message and root cause — so tests can assert what a workflow module throws.
 * The real class appends the root cause to {@link #getMessage()}; this mirror does not.
 */
public class WorkflowException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Throwable rootCause;

    public WorkflowException() {
        this.rootCause = null;
    }

    public WorkflowException(String message) {
        super(message);
        this.rootCause = null;
    }

    public WorkflowException(String message, Throwable rootCause) {
        super(message);
        this.rootCause = rootCause;
    }

    public WorkflowException(Exception rootCause) {
        this.rootCause = rootCause;
    }

    public Throwable getRootCause() {
        return rootCause;
    }
}
