package com.atlassian.jira.event;

import java.util.Date;
import java.util.Map;

/** Compile-only mirror (see MIRRORS.md): every method throws; the constructor does not. */
public abstract class AbstractEvent implements JiraEvent {

    public AbstractEvent() {
    }

    @Override
    public Map<String, Object> getParams() {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    @Override
    public Date getTime() {
        throw new UnsupportedOperationException("compile-only mirror");
    }
}
