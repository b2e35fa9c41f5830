package org.relman.cmdb.app;

import java.util.List;
import java.util.Optional;
import org.relman.cmdb.domain.CiType;
import org.relman.cmdb.domain.RelationshipType;

/**
 * Where CI types and relationship types are kept. The lists include the defaults
 * ({@link org.relman.cmdb.domain.DefaultCmdbTypes}), created on first use by whichever node reads first: the unique
 * code decides between racing nodes, so each default exists exactly once. Call the lists outside a transaction.
 */
public interface CmdbTypeStore {
    /** Every CI type, retired ones included, by code. */
    List<CiType> ciTypes();

    /** Every relationship type, retired ones included, by code. */
    List<RelationshipType> relationshipTypes();

    /** @throws org.relman.platform.domain.ConflictException naming {@code code} when the code is taken */
    CiType createCiType(CiType type);

    /** Renames and/or retires (or reinstates) the type; {@code null} leaves that part as it is. Empty if no such code. */
    Optional<CiType> changeCiType(String code, String name, Boolean retired);

    /** @throws org.relman.platform.domain.ConflictException naming {@code code} when the code is taken */
    RelationshipType createRelationshipType(RelationshipType type);

    Optional<RelationshipType> changeRelationshipType(String code, String name, String inverseName, Boolean retired);
}
