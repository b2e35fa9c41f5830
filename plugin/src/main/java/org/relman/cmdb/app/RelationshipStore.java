package org.relman.cmdb.app;

import java.util.List;
import org.relman.cmdb.domain.Cause;
import org.relman.cmdb.domain.NewRelationship;
import org.relman.cmdb.domain.Relationship;
import org.relman.cmdb.domain.RelationshipOfCi;
import org.relman.platform.domain.UserRef;

/** Where relationships are kept. Both CIs and the type must exist (the use case checks); each change is in both CIs' history. */
public interface RelationshipStore {
    /** @throws org.relman.platform.domain.ConflictException naming {@code type} when the same relationship exists */
    Relationship add(NewRelationship relationship, UserRef by, Cause cause);

    /** Whether there was such a relationship (now removed). */
    boolean remove(NewRelationship relationship, UserRef by, Cause cause);

    /** The relationships of the CI in both directions, outgoing first, then by type and the other CI's key. */
    List<RelationshipOfCi> of(String key, int limit);
}
