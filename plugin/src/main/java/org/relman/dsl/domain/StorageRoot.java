package org.relman.dsl.domain;

/** A directory relman may read DSL copies from, configured by the relman administrator. */
public record StorageRoot(long id, String path, String label) {
}
