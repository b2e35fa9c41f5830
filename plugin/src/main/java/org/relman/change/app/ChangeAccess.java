package org.relman.change.app;

import javax.inject.Inject;
import javax.inject.Named;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/** Who may run change management: CABs, agendas, the catalogue and closing rounds need a change manager or a relman administrator. */
@Named
public class ChangeAccess {
    private final AccessGuard guard;

    @Inject
    public ChangeAccess(AccessGuard guard) {
        this.guard = guard;
    }

    public UserRef requireUser() {
        return guard.requireUser();
    }

    /** The logged-in user if they are a change manager or a relman administrator; else a refusal naming the action. */
    public UserRef requireChangeManager(String action) {
        UserRef user = guard.requireUser();
        if (!isChangeManager(user)) {
            throw AccessDeniedException.because("Only a change manager or a relman administrator may " + action + ".");
        }
        return user;
    }

    public boolean isChangeManager(UserRef user) {
        return guard.hasRole(user, RelmanRole.CHANGE_MANAGER) || guard.hasRole(user, RelmanRole.ADMINISTRATOR);
    }
}
