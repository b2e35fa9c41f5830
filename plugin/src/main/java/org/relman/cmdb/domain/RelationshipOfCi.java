package org.relman.cmdb.domain;

import java.time.Instant;

/**
 * A relationship seen from one of its CIs: {@code outgoing} when that CI is the source. {@code phrase} reads from
 * that CI: the type's name when outgoing ("depends on"), its inverse name when incoming ("is depended on by").
 */
public record RelationshipOfCi(boolean outgoing, String type, String phrase, CiSummary other, String source,
                               String target, Instant createdAt, String createdBy) {
}
