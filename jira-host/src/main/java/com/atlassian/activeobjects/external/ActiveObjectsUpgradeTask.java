package com.atlassian.activeobjects.external;

/** Compile-only mirror (see MIRRORS.md). */
public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
