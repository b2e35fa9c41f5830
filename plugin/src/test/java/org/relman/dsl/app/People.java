package org.relman.dsl.app;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.app.IssueDirectory;
import org.relman.platform.app.RoleDirectory;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/** The people and issues of the DSL's use-case tests: who is acting, what roles they hold, which issues they see. */
final class People {
    static final UserRef LIBBY = new UserRef("libby", "libby", "Libby Librarian");
    static final UserRef RITA = new UserRef("rita", "rita", "Rita Requester");
    static final UserRef READER = new UserRef("reed", "reed", "Reed Reader");
    static final UserRef ADA = new UserRef("ada", "ada", "Ada Admin");
    static final IssueRef REL_1 = new IssueRef(10003, "REL-1", "REL", "Release", "CRM 5.2 release", "rob", "rob");
    static final IssueRef CHG_1 = new IssueRef(10000, "CHG-1", "CHG", "RFC", "Upgrade the CRM", "rita", "cole");

    private static final Map<String, Set<RelmanRole>> ROLES = Map.of(
            "libby", EnumSet.of(RelmanRole.SOFTWARE_LIBRARIAN),
            "reed", EnumSet.of(RelmanRole.CMDB_READER),
            "ada", EnumSet.of(RelmanRole.ADMINISTRATOR),
            "rita", EnumSet.noneOf(RelmanRole.class));

    private UserRef acting;

    People actingAs(UserRef user) {
        acting = user;
        return this;
    }

    CurrentUser currentUser() {
        return () -> Optional.ofNullable(acting);
    }

    static RoleDirectory roles() {
        return (user, role) -> ROLES.getOrDefault(user.key(), Set.of()).contains(role);
    }

    DslAccess access() {
        return new DslAccess(new AccessGuard(currentUser(), roles()));
    }

    /** REL-1 and CHG-1 exist, and every logged-in user sees them. */
    static IssueDirectory issues() {
        return (key, viewer) -> viewer == null ? Optional.empty()
                : Optional.ofNullable(Map.of("REL-1", REL_1, "CHG-1", CHG_1).get(key));
    }

    static ReleaseIssues releases() {
        return new ReleaseIssues(issues());
    }
}
