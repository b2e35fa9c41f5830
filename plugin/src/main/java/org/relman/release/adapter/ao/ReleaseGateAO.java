package org.relman.release.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One evaluation of a release gate, or a plan sign-off. Table {@code AO_301B80_RELEASE_GATE}.
 * Rows are appended, never changed: the gate's current result is its latest row.
 */
@Table("ReleaseGate")
public interface ReleaseGateAO extends Entity {
    String RELEASE_ISSUE_ID = "RELEASE_ISSUE_ID";
    String GATE = "GATE";
    String EVALUATED_AT = "EVALUATED_AT";

    @NotNull
    @Indexed
    Long getReleaseIssueId();
    void setReleaseIssueId(Long issueId);

    /** PLAN_SIGN_OFF, TO_BUILDING, TO_ACCEPTANCE, TO_PREPARATION, TO_DEPLOYMENT, ... */
    @NotNull
    @Indexed
    @StringLength(32)
    String getGate();
    void setGate(String gate);

    @NotNull
    @Default("false")
    boolean isPassed();
    void setPassed(boolean passed);

    /** What is missing, as shown to the user; null when passed. */
    @StringLength(StringLength.UNLIMITED)
    String getMissingItems();
    void setMissingItems(String text);

    @NotNull
    @Indexed
    Date getEvaluatedAt();
    void setEvaluatedAt(Date at);

    @StringLength(255)
    String getEvaluatedBy();
    void setEvaluatedBy(String userKey);
}
