package com.atlassian.sal.api.lifecycle;

/** Compile-only mirror (see MIRRORS.md). SAL calls onStart() when the application has started, or when the plugin is enabled later; onStop() before it is disabled. */
public interface LifecycleAware {

    void onStart();

    void onStop();
}
