package com.atlassian.event.api;

/** Compile-only mirror (see MIRRORS.md). */
public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
