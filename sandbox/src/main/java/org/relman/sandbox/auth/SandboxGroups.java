package org.relman.sandbox.auth;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.relman.platform.app.GroupDirectory;
import org.relman.platform.domain.UserRef;

/**
 * The sandbox's groups, so CAB membership by group and per-group minimums ("2 from Operations and
 * 1 from Security") can be tried. Project roles are Jira's; the sandbox has none, so a CAB member
 * named by project role never matches here.
 */
public final class SandboxGroups implements GroupDirectory {

    /** Group name → usernames. */
    public static final Map<String, Set<String>> GROUPS = Map.of(
            "cab-operations", Set.of("carl", "cathy"),
            "cab-security", Set.of("cole", "chris"),
            "cab-members", Set.of("carl", "cathy", "cole", "chris"));

    @Override
    public boolean isInGroup(UserRef user, String groupName) {
        if (user == null || groupName == null) {
            return false;
        }
        return GROUPS.getOrDefault(groupName.toLowerCase(Locale.ROOT), Set.of()).contains(user.key());
    }

    @Override
    public boolean hasProjectRole(UserRef user, String projectKey, long projectRoleId) {
        return false;
    }
}
