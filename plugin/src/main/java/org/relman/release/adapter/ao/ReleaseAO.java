package org.relman.release.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** relman's data for one Release issue, kept beside the issue's own fields. Table {@code AO_301B80_RELEASE}. */
@Table("Release")
public interface ReleaseAO extends Entity {
    String ISSUE_ID = "ISSUE_ID";
    String RELEASE_REF = "RELEASE_REF";
    String RELEASE_TYPE = "RELEASE_TYPE";
    String PHASE = "PHASE";
    String SUSPENDED = "SUSPENDED";
    String CANCELLED = "CANCELLED";

    @NotNull
    @Unique
    Long getIssueId();
    void setIssueId(Long issueId);

    /** The release's reference ("REL-2025-07"). */
    @NotNull
    @Unique
    @StringLength(64)
    String getReleaseRef();
    void setReleaseRef(String reference);

    /** MAJOR, MINOR, EMERGENCY, CUMULATIVE_UPDATE or PRIVATE_FIX. */
    @NotNull
    @Indexed
    @StringLength(32)
    String getReleaseType();
    void setReleaseType(String type);

    /** MANUAL, SCRIPTED or DEPLOYMENT_TOOL. */
    @StringLength(32)
    String getMechanism();
    void setMechanism(String mechanism);

    /** PLANNING, BUILDING, ACCEPTANCE, PREPARATION, DEPLOYMENT, REVIEW or CLOSED. */
    @NotNull
    @Indexed
    @StringLength(32)
    String getPhase();
    void setPhase(String phase);

    @NotNull
    @Indexed
    @Default("false")
    boolean isSuspended();
    void setSuspended(boolean suspended);

    @StringLength(StringLength.UNLIMITED)
    String getSuspendReason();
    void setSuspendReason(String reason);

    @NotNull
    @Indexed
    @Default("false")
    boolean isCancelled();
    void setCancelled(boolean cancelled);

    @StringLength(StringLength.UNLIMITED)
    String getCancelReason();
    void setCancelReason(String reason);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date at);

    @NotNull
    Date getUpdatedAt();
    void setUpdatedAt(Date at);
}
