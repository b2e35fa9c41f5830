package org.relman.cmdb.domain;

import java.time.Instant;

/** A CI an RFC or a Release affects, with when and by whom it was added to the issue. */
public record AffectedCi(CiSummary ci, Instant addedAt, String addedBy) {
}
