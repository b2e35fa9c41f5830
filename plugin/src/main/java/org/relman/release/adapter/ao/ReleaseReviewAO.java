package org.relman.release.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.OneToMany;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A Release Readiness Review and its go / no-go. Table {@code AO_301B80_RELEASE_REVIEW}. */
@Table("ReleaseReview")
public interface ReleaseReviewAO extends Entity {
    String RELEASE_ISSUE_ID = "RELEASE_ISSUE_ID";
    String DECISION = "DECISION";

    @NotNull
    @Indexed
    Long getReleaseIssueId();
    void setReleaseIssueId(Long issueId);

    /** GO or NO_GO; null until decided. */
    @Indexed
    @StringLength(32)
    String getDecision();
    void setDecision(String decision);

    /** After a no-go: RETURN_TO_PREPARATION, SUSPEND or CANCEL. */
    @StringLength(32)
    String getNoGoAction();
    void setNoGoAction(String action);

    @StringLength(StringLength.UNLIMITED)
    String getDecisionReason();
    void setDecisionReason(String reason);

    Date getDecidedAt();
    void setDecidedAt(Date at);

    @StringLength(255)
    String getDecidedBy();
    void setDecidedBy(String userKey);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date at);

    @OneToMany(reverse = "getReview")
    ReleaseReviewerAO[] getParticipants();

    @OneToMany(reverse = "getReview")
    ReleaseCheckItemAO[] getChecklist();
}
