package org.relman.dsl.domain;

import java.time.Instant;

/** One recorded state change of an entry: {@code from} is null for the state it was added in. */
public record StateChange(EntryState from, EntryState to, String changedBy, Instant changedAt, String reason) {
}
