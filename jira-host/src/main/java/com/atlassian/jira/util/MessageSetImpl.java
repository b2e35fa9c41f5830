package com.atlassian.jira.util;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Mirror of Jira's message set (see MIRRORS.md). It works — messages in insertion order — so tests
 * can read a JQL function's validation messages. The real class extends AbstractMessageSet.
 */
public class MessageSetImpl implements MessageSet {

    private final Set<String> errors = new LinkedHashSet<>();
    private final Set<String> warnings = new LinkedHashSet<>();

    public MessageSetImpl() {
    }

    @Override
    public void addErrorMessage(String errorMessage) {
        errors.add(errorMessage);
    }

    @Override
    public void addWarningMessage(String warningMessage) {
        warnings.add(warningMessage);
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }

    @Override
    public Set<String> getErrorMessages() {
        return Collections.unmodifiableSet(errors);
    }
}
