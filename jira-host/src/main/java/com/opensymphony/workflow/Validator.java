package com.opensymphony.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import java.util.Map;

/** Compile-only mirror (see MIRRORS.md). OSWorkflow uses raw maps. */
@SuppressWarnings("rawtypes")
public interface Validator {

    void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException, WorkflowException;
}
