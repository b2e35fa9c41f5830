package org.relman.change.domain;

import java.util.Objects;

/**
 * A CAB member entry. Only the fields of its kind are set: {@code userKey} for a user, {@code groupName}
 * for a group, {@code projectRoleId} (and its name for people) for a project role, which is looked up in
 * the RFC's own project. {@code groupLabel} is the voting group per-group minimums count ("Operations").
 */
public record CabMember(long id, MemberKind kind, String userKey, String groupName, Long projectRoleId,
                        String projectRoleName, boolean veto, String groupLabel) {
    public CabMember {
        Objects.requireNonNull(kind, "kind");
    }

    public CabMember withId(long newId) {
        return new CabMember(newId, kind, userKey, groupName, projectRoleId, projectRoleName, veto, groupLabel);
    }
}
