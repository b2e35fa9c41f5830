package org.relman.cmdb.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One changed field of a configuration item, with what caused it. Table {@code AO_301B80_CMDB_HISTORY}. */
@Table("CmdbHistory")
public interface CmdbHistoryAO extends Entity {
    String ITEM_ID = "ITEM_ID";
    String CHANGED_AT = "CHANGED_AT";
    String RELEASE_ISSUE_ID = "RELEASE_ISSUE_ID";
    String RFC_ISSUE_ID = "RFC_ISSUE_ID";
    String CAUSE_KEY = "CAUSE_KEY";

    @NotNull
    @Indexed
    CmdbItemAO getItem();
    void setItem(CmdbItemAO item);

    @NotNull
    @Indexed
    Date getChangedAt();
    void setChangedAt(Date at);

    @StringLength(255)
    String getChangedBy();
    void setChangedBy(String userKey);

    /** As the REST API names fields: "status", "version", "attributes.os"; "created" and "relationship" too. */
    @NotNull
    @StringLength(100)
    String getFieldName();
    void setFieldName(String field);

    @StringLength(450)
    String getValueBefore();
    void setValueBefore(String value);

    @StringLength(450)
    String getValueAfter();
    void setValueAfter(String value);

    /** The release that changed the item, if any. */
    @Indexed
    Long getReleaseIssueId();
    void setReleaseIssueId(Long issueId);

    /** The RFC that changed the item, if any. */
    @Indexed
    Long getRfcIssueId();
    void setRfcIssueId(Long issueId);

    /** The key of the release or RFC in RELEASE_ISSUE_ID or RFC_ISSUE_ID, as it was when the change was made. */
    @StringLength(255)
    String getCauseKey();
    void setCauseKey(String issueKey);
}
