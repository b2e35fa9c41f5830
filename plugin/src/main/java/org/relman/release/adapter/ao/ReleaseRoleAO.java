package org.relman.release.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A user holding a named role in a release. Table {@code AO_301B80_RELEASE_ROLE}. */
@Table("ReleaseRole")
public interface ReleaseRoleAO extends Entity {
    String RELEASE_ISSUE_ID = "RELEASE_ISSUE_ID";
    String RELEASE_ROLE = "RELEASE_ROLE";
    String USER_KEY = "USER_KEY";

    @NotNull
    @Indexed
    Long getReleaseIssueId();
    void setReleaseIssueId(Long issueId);

    /** RELEASE_MANAGER, CHANGE_OWNER, COMMUNICATIONS, DOCUMENTATION or TESTING. */
    @NotNull
    @Indexed
    @StringLength(32)
    String getReleaseRole();
    void setReleaseRole(String role);

    @NotNull
    @Indexed
    @StringLength(255)
    String getUserKey();
    void setUserKey(String userKey);
}
