package org.relman.release.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** An item of a Release Readiness Review's checklist. Table {@code AO_301B80_RELEASE_CHECK_ITEM}. */
@Table("ReleaseCheckItem")
public interface ReleaseCheckItemAO extends Entity {
    String REVIEW_ID = "REVIEW_ID";

    @NotNull
    @Indexed
    ReleaseReviewAO getReview();
    void setReview(ReleaseReviewAO review);

    /** DEPLOYMENT_ORDER, BUSINESS_PRIORITIES, DEPLOYMENT_PLANS, ..., RELATED_CHANGES_APPROVED. */
    @NotNull
    @StringLength(64)
    String getItemCode();
    void setItemCode(String code);

    @NotNull
    @Default("false")
    boolean isDone();
    void setDone(boolean done);

    @StringLength(StringLength.UNLIMITED)
    String getItemNote();
    void setItemNote(String note);

    Date getCheckedAt();
    void setCheckedAt(Date at);

    @StringLength(255)
    String getCheckedBy();
    void setCheckedBy(String userKey);
}
