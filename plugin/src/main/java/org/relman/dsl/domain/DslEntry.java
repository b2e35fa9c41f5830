package org.relman.dsl.domain;

import java.time.Instant;
import java.util.Objects;

/** A software version in the Definitive Software Library, as stored. {@code releaseIssueId} is null when it belongs to no release. */
public record DslEntry(long id, String name, String version, EntryKind kind, String sha256, long sizeBytes,
                       EntryState state, Long releaseIssueId, String addedBy, Instant addedAt) {
    public DslEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(state, "state");
    }
}
