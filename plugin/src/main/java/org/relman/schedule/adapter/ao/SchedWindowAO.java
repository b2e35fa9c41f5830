package org.relman.schedule.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A release window, maintenance window or blackout period. Table {@code AO_301B80_SCHED_WINDOW}. */
@Table("SchedWindow")
public interface SchedWindowAO extends Entity {
    String WINDOW_KIND = "WINDOW_KIND";
    String STARTS_AT = "STARTS_AT";
    String ENDS_AT = "ENDS_AT";
    String RELEASE_ISSUE_ID = "RELEASE_ISSUE_ID";

    @NotNull
    @StringLength(255)
    String getName();
    void setName(String name);

    /** RELEASE, MAINTENANCE or BLACKOUT. */
    @NotNull
    @Indexed
    @StringLength(32)
    String getWindowKind();
    void setWindowKind(String kind);

    /** A hard window is a rule; a soft one a warning. */
    @NotNull
    @Default("false")
    boolean isHard();
    void setHard(boolean hard);

    @NotNull
    @Indexed
    Date getStartsAt();
    void setStartsAt(Date at);

    @NotNull
    @Indexed
    Date getEndsAt();
    void setEndsAt(Date at);

    /** What the window covers (an environment, a CI type, CI keys); null for everything. */
    @StringLength(450)
    String getWindowScope();
    void setWindowScope(String scope);

    /** The release a release window is reserved for; null for a general window. */
    @Indexed
    Long getReleaseIssueId();
    void setReleaseIssueId(Long issueId);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date at);

    @StringLength(255)
    String getCreatedBy();
    void setCreatedBy(String userKey);
}
