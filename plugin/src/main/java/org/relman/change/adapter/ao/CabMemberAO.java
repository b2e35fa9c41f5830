package org.relman.change.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A member of a CAB: a Jira user, a Jira group or a project role. Table {@code AO_301B80_CAB_MEMBER}.
 * Only the columns of the member's kind are set.
 */
// every column, foreign keys too: AO leaves them out by default and would read each later, a query per row
@Preload({"ID", "CAB_ID", "MEMBER_KIND", "USER_KEY", "GROUP_NAME", "PROJECT_ROLE_ID", "PROJECT_ROLE_NAME", "PROJECT_ID", "VETO",
        "GROUP_LABEL"})
@Table("CabMember")
public interface CabMemberAO extends Entity {
    String CAB_ID = "CAB_ID";
    String USER_KEY = "USER_KEY";
    String GROUP_NAME = "GROUP_NAME";

    @NotNull
    @Indexed
    CabAO getCab();
    void setCab(CabAO cab);

    /** USER, GROUP or PROJECT_ROLE. */
    @NotNull
    @StringLength(32)
    String getMemberKind();
    void setMemberKind(String kind);

    @Indexed
    @StringLength(255)
    String getUserKey();
    void setUserKey(String userKey);

    /** The Jira group whose users are members. */
    @Indexed
    @StringLength(255)
    String getGroupName();
    void setGroupName(String groupName);

    Long getProjectRoleId();
    void setProjectRoleId(Long projectRoleId);

    /** The project role's name when it was added, for people to read ("Change approvers"). */
    @StringLength(255)
    String getProjectRoleName();
    void setProjectRoleName(String name);

    /** Null: the role in the RFC's own project (the only kind relman offers so far). */
    Long getProjectId();
    void setProjectId(Long projectId);

    /** A rejection by this member vetoes the RFC. */
    @NotNull
    @Default("false")
    boolean isVeto();
    void setVeto(boolean veto);

    /** The voting group ("Operations") that per-group minimums count; null if none. */
    @StringLength(64)
    String getGroupLabel();
    void setGroupLabel(String label);
}
