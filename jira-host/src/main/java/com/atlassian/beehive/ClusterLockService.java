package com.atlassian.beehive;

/** Compile-only mirror (see MIRRORS.md): named cluster-wide locks. */
public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}
