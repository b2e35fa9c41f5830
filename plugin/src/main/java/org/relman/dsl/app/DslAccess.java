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
        if (!isLibrarianOrAdministrator(user)) {
            throw AccessDeniedException.because("Only a " + RelmanRole.SOFTWARE_LIBRARIAN.label() + " or a "
                    + RelmanRole.ADMINISTRATOR.label() + " may " + action + ".");
        }
        return user;
    }

    /**
     * What the logged-in user may do in the DSL, asked without refusing, by the same rules as the checks above,
     * so a page offers exactly the actions the REST API will accept from them.
     */
    public Permissions permissions() {
        UserRef user = guard.requireUser();
        return new Permissions(guard.hasRole(user, RelmanRole.CMDB_READER), guard.hasRole(user, RelmanRole.SOFTWARE_LIBRARIAN),
                isLibrarianOrAdministrator(user), guard.hasRole(user, RelmanRole.ADMINISTRATOR));
    }

    /**
     * {@code read}: browse entries; {@code librarian}: add entries and copies, change states, place packages;
     * {@code checkIntegrity}: run the check and list the storage roots; {@code configureRoots}: change the roots.
     */
    public record Permissions(boolean read, boolean librarian, boolean checkIntegrity, boolean configureRoots) {
    }

    private boolean isLibrarianOrAdministrator(UserRef user) {
        return guard.hasRole(user, RelmanRole.SOFTWARE_LIBRARIAN) || guard.hasRole(user, RelmanRole.ADMINISTRATOR);
    }
}
