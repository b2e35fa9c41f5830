package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/** Compile-only mirror (see MIRRORS.md): a java.util.concurrent.locks.Lock held across the cluster. */
public interface ClusterLock extends Lock {
}
