package org.relman.cmdb.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A typed, directed relationship between two configuration items. Table {@code AO_301B80_CMDB_RELATION}.
 * REL_KEY is {@code <source id>:<target id>:<type id>}: its unique constraint keeps one relationship per
 * source, target and type, which AO cannot declare as a portable multi-column constraint.
 */
@Table("CmdbRelation")
public interface CmdbRelationAO extends Entity {
    String SOURCE_ID = "SOURCE_ID";
    String TARGET_ID = "TARGET_ID";
    String REL_TYPE_ID = "REL_TYPE_ID";
    String REL_KEY = "REL_KEY";

    @NotNull
    @Indexed
    CmdbItemAO getSource();
    void setSource(CmdbItemAO source);

    /** Impact analysis walks from targets to their sources. */
    @NotNull
    @Indexed
    CmdbItemAO getTarget();
    void setTarget(CmdbItemAO target);

    @NotNull
    @Indexed
    CmdbRelTypeAO getRelType();
    void setRelType(CmdbRelTypeAO type);

    @NotNull
    @Unique
    @StringLength(40)
    String getRelKey();
    void setRelKey(String key);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date at);

    @StringLength(255)
    String getCreatedBy();
    void setCreatedBy(String userKey);
}
