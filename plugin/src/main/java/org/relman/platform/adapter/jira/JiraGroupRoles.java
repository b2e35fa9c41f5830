package org.relman.platform.adapter.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.platform.app.RoleDirectory;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/**
 * In Jira a relman role is held through a Jira group, {@code relman-<role>} (for example
 * {@code relman-configuration-manager}); the relman administrator is whoever Jira calls an
 * administrator. Group names are fixed for now: an admin creates the groups and adds people.
 */
@Named
public class JiraGroupRoles implements RoleDirectory {
    private final UserManager userManager;

    @Inject
    public JiraGroupRoles(@ComponentImport UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public boolean hasRole(UserRef user, RelmanRole role) {
        UserKey key = new UserKey(user.key());
        if (role == RelmanRole.ADMINISTRATOR) {
            return userManager.isAdmin(key);
        }
        return userManager.isUserInGroup(key, groupFor(role));
    }

    /** The Jira group that grants {@code role}. */
    public static String groupFor(RelmanRole role) {
        return "relman-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
