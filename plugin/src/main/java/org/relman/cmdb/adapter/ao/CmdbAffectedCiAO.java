package org.relman.cmdb.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A configuration item an RFC or a Release affects. Table {@code AO_301B80_CMDB_AFFECTED_CI}.
 * Kept in the CMDB feature so that the reference to the item stays a foreign key inside one feature.
 */
@Table("CmdbAffectedCi")
public interface CmdbAffectedCiAO extends Entity {
    String ISSUE_ID = "ISSUE_ID";
    String ITEM_ID = "ITEM_ID";
    String AFFECTED_KEY = "AFFECTED_KEY";

    @NotNull
    @Indexed
    Long getIssueId();
    void setIssueId(Long issueId);

    @NotNull
    @Indexed
    CmdbItemAO getItem();
    void setItem(CmdbItemAO item);

    @NotNull
    Date getAddedAt();
    void setAddedAt(Date at);

    @StringLength(255)
    String getAddedBy();
    void setAddedBy(String userKey);

    /** {@code <issue id>:<item id>}: its unique constraint keeps one row per issue and CI, even when two nodes set the list at once. */
    @NotNull
    @Unique
    @StringLength(40)
    String getAffectedKey();
    void setAffectedKey(String key);
}
