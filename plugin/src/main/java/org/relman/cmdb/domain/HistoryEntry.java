package org.relman.cmdb.domain;

import java.time.Instant;

/**
 * One recorded change of a configuration item: the field (see {@link CiDiff}), the values before and after, who
 * changed it and when, and the release or RFC that caused it ({@code cause} may be {@code null}).
 */
public record HistoryEntry(String ciKey, String field, String before, String after, String changedBy, Instant changedAt,
                           Cause cause) {
}
