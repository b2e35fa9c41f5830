package org.relman.release.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A participant of a Release Readiness Review. Table {@code AO_301B80_RELEASE_REVIEWER}. */
@Table("ReleaseReviewer")
public interface ReleaseReviewerAO extends Entity {
    String REVIEW_ID = "REVIEW_ID";

    @NotNull
    @Indexed
    ReleaseReviewAO getReview();
    void setReview(ReleaseReviewAO review);

    @NotNull
    @Indexed
    @StringLength(255)
    String getUserKey();
    void setUserKey(String userKey);

    /** The capacity the user took part in ("service owner"). */
    @StringLength(64)
    String getParticipantRole();
    void setParticipantRole(String role);
}
