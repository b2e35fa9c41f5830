package org.relman.cmdb.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A typed, directed relationship between two configuration items. Table {@code AO_301B80_CMDB_RELATION}.
 * REL_KEY is {@code <source id>:<target id>:<type id>}: its unique constraint keeps one relationship per
 * source, target and type, which AO cannot declare as a portable multi-column constraint.
 *
 * <p>Impact analysis reads relationships by target (downstream) or by source (upstream), one level of the walk per
 * query. The two covering indexes lead with that filter column and hold every other column the walk reads, so
 * PostgreSQL answers a level with an index-only scan instead of visiting a heap page per relationship. They replace
 * the {@code @Indexed} on SOURCE_ID and TARGET_ID (AO 6 still indexes every foreign-key column by itself, so the
 * single-column indexes remain). AO's migrate creates them on an existing table when the plugin is enabled
 * ({@code CmdbRelationIndexUpgradeIT}); AO stores the index under a hash of the name given here.
 */
@Table("CmdbRelation")
@Indexes({
        @Index(name = CmdbRelationAO.WALK_DOWN, methodNames = {"getTarget", "getSource", "getRelType", "getID"}),
        @Index(name = CmdbRelationAO.WALK_UP, methodNames = {"getSource", "getTarget", "getRelType", "getID"})
})
public interface CmdbRelationAO extends Entity {
    String SOURCE_ID = "SOURCE_ID";
    String TARGET_ID = "TARGET_ID";
    String REL_TYPE_ID = "REL_TYPE_ID";
    String REL_KEY = "REL_KEY";
    /** Covering index for the downstream walk: TARGET_ID, SOURCE_ID, REL_TYPE_ID, ID. */
    String WALK_DOWN = "walk_down";
    /** Covering index for the upstream walk: SOURCE_ID, TARGET_ID, REL_TYPE_ID, ID. */
    String WALK_UP = "walk_up";

    @NotNull
    CmdbItemAO getSource();
    void setSource(CmdbItemAO source);

    /** Impact analysis walks from targets to their sources. */
    @NotNull
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
