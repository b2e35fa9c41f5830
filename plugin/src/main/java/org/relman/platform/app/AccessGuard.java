package org.relman.platform.app;

import javax.inject.Inject;
import javax.inject.Named;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/**
 * The one place use cases ask "who is this, and may they?". REST resources, pages and workflow
 * modules all reach a use case, so all of them refuse with the same words.
 */
@Named
public class AccessGuard {
    private final CurrentUser currentUser;
    private final RoleDirectory roles;

    @Inject
    public AccessGuard(CurrentUser currentUser, RoleDirectory roles) {
        this.currentUser = currentUser;
        this.roles = roles;
    }

    /** The logged-in user, or a refusal asking to log in. */
    public UserRef requireUser() {
        return currentUser.get().orElseThrow(AccessDeniedException::notLoggedIn);
    }

    /** The logged-in user if they hold {@code role} (or a role that implies it), else a refusal naming the role. */
    public UserRef requireRole(RelmanRole role, String action) {
        UserRef user = requireUser();
        if (!hasRole(user, role)) {
            throw AccessDeniedException.missingRole(role, action);
        }
        return user;
    }

    public boolean hasRole(UserRef user, RelmanRole role) {
        if (roles.hasRole(user, role)) {
            return true;
        }
        for (RelmanRole implying : role.impliedBy()) {
            if (roles.hasRole(user, implying)) {
                return true;
            }
        }
        return false;
    }
}
