package org.relman.cmdb.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * {@link CmdbRelationAO} as it shipped before the covering indexes: single-column indexes on SOURCE_ID, TARGET_ID
 * and REL_TYPE_ID. Only for {@code CmdbRelationIndexUpgradeIT}, which builds the old table with it.
 */
@Table("CmdbRelation")
public interface LegacyCmdbRelationAO extends Entity {
    @NotNull
    @Indexed
    CmdbItemAO getSource();
    void setSource(CmdbItemAO source);

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
