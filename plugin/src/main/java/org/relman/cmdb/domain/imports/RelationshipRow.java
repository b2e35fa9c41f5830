package org.relman.cmdb.domain.imports;

import org.relman.cmdb.domain.NewRelationship;

/** A row of a relationship file whose fields pass their rules. */
public record RelationshipRow(int row, NewRelationship relationship) {
}
