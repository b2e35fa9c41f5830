package org.relman.servicing.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A fix (a Jira issue) serviced in a product line. Table {@code AO_301B80_SVC_FIX}.
 * FIRST_CONTAINED_IN_ID is derived: the first released update whose number is not below RELEASED_IN's,
 * stored so that "which update first contains fix X" is one lookup. One row per product line and issue is
 * the app's rule.
 */
@Table("SvcFix")
public interface SvcFixAO extends Entity {
    String PRODUCT_LINE_ID = "PRODUCT_LINE_ID";
    String ISSUE_ID = "ISSUE_ID";
    String RELEASED_IN_ID = "RELEASED_IN_ID";
    String FIRST_CONTAINED_IN_ID = "FIRST_CONTAINED_IN_ID";

    @NotNull
    @Indexed
    SvcProductLineAO getProductLine();
    void setProductLine(SvcProductLineAO productLine);

    @NotNull
    @Indexed
    Long getIssueId();
    void setIssueId(Long issueId);

    /** The update the fix was released in; null until then. */
    @Indexed
    SvcUpdateAO getReleasedIn();
    void setReleasedIn(SvcUpdateAO update);

    @Indexed
    SvcUpdateAO getFirstContainedIn();
    void setFirstContainedIn(SvcUpdateAO update);

    @NotNull
    Date getAddedAt();
    void setAddedAt(Date at);

    @StringLength(255)
    String getAddedBy();
    void setAddedBy(String userKey);
}
