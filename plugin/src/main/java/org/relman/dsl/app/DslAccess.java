package org.relman.dsl.app;

import javax.inject.Inject;
import javax.inject.Named;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/** Who may do what in the DSL, in one place so every refusal uses the same words. */
@Named
public class DslAccess {
    private final AccessGuard guard;

    @Inject
    public DslAccess(AccessGuard guard) {
        this.guard = guard;
    }

    /** Browsing and searching: the CMDB reader role (librarians and configuration managers hold it too). */
    public UserRef reader() {
        return guard.requireRole(RelmanRole.CMDB_READER, "read the DSL");
    }

    /** Adding entries and copies, changing states, placing packages. */
    public UserRef librarian(String action) {
        return guard.requireRole(RelmanRole.SOFTWARE_LIBRARIAN, action);
    }

    /** Configuring storage roots. */
    public UserRef administrator(String action) {
        return guard.requireRole(RelmanRole.ADMINISTRATOR, action);
    }

    /** Reading the storage roots and running the integrity check. */
    public UserRef librarianOrAdministrator(String action) {
        UserRef user = guard.requireUser();
        if (!guard.hasRole(user, RelmanRole.SOFTWARE_LIBRARIAN) && !guard.hasRole(user, RelmanRole.ADMINISTRATOR)) {
            throw AccessDeniedException.because("Only a " + RelmanRole.SOFTWARE_LIBRARIAN.label() + " or a "
                    + RelmanRole.ADMINISTRATOR.label() + " may " + action + ".");
        }
        return user;
    }
}
