package org.relman.dsl.domain;

import java.time.Instant;

/**
 * A stored copy of an entry. Exactly one copy of an entry is primary: the location it was added with.
 * {@code verifiedAt} and {@code outcome} are those of the last integrity check; null if never checked.
 */
public record DslCopy(long id, String location, boolean primary, Instant verifiedAt, CheckOutcome outcome) {
}
