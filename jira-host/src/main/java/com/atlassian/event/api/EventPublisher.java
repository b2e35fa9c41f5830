package com.atlassian.event.api;

/** Compile-only mirror (see MIRRORS.md): Jira's event bus, an OSGi service. */
public interface EventPublisher extends EventListenerRegistrar {

    void publish(Object event);
}
