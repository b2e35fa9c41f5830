package org.relman.change.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** relman's data for one RFC issue, kept beside the issue's own fields. Table {@code AO_301B80_RFC}. */
@Table("Rfc")
public interface RfcAO extends Entity {
    String ISSUE_ID = "ISSUE_ID";
    String CHANGE_TYPE = "CHANGE_TYPE";
    String WINDOW_START = "WINDOW_START";
    String WINDOW_END = "WINDOW_END";
    String CHANGE_OWNER_KEY = "CHANGE_OWNER_KEY";
    String STD_CHANGE_ID = "STD_CHANGE_ID";
    String RFC_STATE = "RFC_STATE";

    @NotNull
    @Unique
    Long getIssueId();
    void setIssueId(Long issueId);

    /** STANDARD, NORMAL, EMERGENCY or MAJOR. */
    @NotNull
    @Indexed
    @StringLength(32)
    String getChangeType();
    void setChangeType(String changeType);

    @StringLength(32)
    String getRisk();
    void setRisk(String risk);

    @StringLength(32)
    String getImpact();
    void setImpact(String impact);

    @StringLength(32)
    String getUrgency();
    void setUrgency(String urgency);

    /** Start of the requested window. */
    @Indexed
    Date getWindowStart();
    void setWindowStart(Date start);

    /** End of the requested window. */
    @Indexed
    Date getWindowEnd();
    void setWindowEnd(Date end);

    @Indexed
    @StringLength(255)
    String getChangeOwnerKey();
    void setChangeOwnerKey(String userKey);

    /** The catalogue entry a standard change was raised from; null for every other change. */
    @Indexed
    StdChangeAO getStdChange();
    void setStdChange(StdChangeAO stdChange);

    /** DRAFT, SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED, MORE_INFO, SCHEDULED, IMPLEMENTED, IN_REVIEW, CLOSED. */
    @NotNull
    @Indexed
    @StringLength(32)
    String getRfcState();
    void setRfcState(String state);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date at);

    @NotNull
    Date getUpdatedAt();
    void setUpdatedAt(Date at);
}
