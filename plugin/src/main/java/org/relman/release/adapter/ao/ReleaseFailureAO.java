package org.relman.release.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A test failure accepted for a release, with its workaround. Table {@code AO_301B80_RELEASE_FAILURE}. */
@Table("ReleaseFailure")
public interface ReleaseFailureAO extends Entity {
    String RELEASE_ISSUE_ID = "RELEASE_ISSUE_ID";

    @NotNull
    @Indexed
    Long getReleaseIssueId();
    void setReleaseIssueId(Long issueId);

    @NotNull
    @StringLength(450)
    String getSummary();
    void setSummary(String summary);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getWorkaround();
    void setWorkaround(String workaround);

    @NotNull
    Date getAcceptedAt();
    void setAcceptedAt(Date at);

    @StringLength(255)
    String getAcceptedBy();
    void setAcceptedBy(String userKey);
}
