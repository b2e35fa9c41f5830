package org.relman.release.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A sign-off of a release's acceptance to proceed. Table {@code AO_301B80_RELEASE_ACCEPTANCE}. */
@Table("ReleaseAcceptance")
public interface ReleaseAcceptanceAO extends Entity {
    String RELEASE_ISSUE_ID = "RELEASE_ISSUE_ID";

    @NotNull
    @Indexed
    Long getReleaseIssueId();
    void setReleaseIssueId(Long issueId);

    /** RELEASE_MANAGER, CHANGE_MANAGER or CHANGE_OWNER. */
    @NotNull
    @StringLength(32)
    String getSignerRole();
    void setSignerRole(String role);

    @NotNull
    @StringLength(255)
    String getSignerKey();
    void setSignerKey(String userKey);

    @NotNull
    Date getSignedAt();
    void setSignedAt(Date at);
}
