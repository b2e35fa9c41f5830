package org.relman.schedule.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A booking of a team or a test environment for a release. Table {@code AO_301B80_SCHED_BOOKING}. */
@Table("SchedBooking")
public interface SchedBookingAO extends Entity {
    String RESOURCE_KIND = "RESOURCE_KIND";
    String RESOURCE_NAME = "RESOURCE_NAME";
    String RELEASE_ISSUE_ID = "RELEASE_ISSUE_ID";
    String STARTS_AT = "STARTS_AT";
    String ENDS_AT = "ENDS_AT";

    /** TEAM or TEST_ENVIRONMENT. */
    @NotNull
    @Indexed
    @StringLength(32)
    String getResourceKind();
    void setResourceKind(String kind);

    /** The team's name or the test environment's CI key. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getResourceName();
    void setResourceName(String name);

    @NotNull
    @Indexed
    Long getReleaseIssueId();
    void setReleaseIssueId(Long issueId);

    @NotNull
    @Indexed
    Date getStartsAt();
    void setStartsAt(Date at);

    @NotNull
    @Indexed
    Date getEndsAt();
    void setEndsAt(Date at);

    @NotNull
    Date getBookedAt();
    void setBookedAt(Date at);

    @StringLength(255)
    String getBookedBy();
    void setBookedBy(String userKey);
}
