package org.relman.platform.adapter.web;

import com.atlassian.plugin.web.Condition;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.domain.RelmanRole;

/**
 * Shows a web item or panel only to users who hold a relman role (or a role that implies it):
 * {@code <condition class="org.relman.platform.adapter.web.HasRelmanRoleCondition"><param name="role">cmdb-reader</param></condition>}.
 * It hides links a user could not use; the page or REST call behind the link checks again. Several roles,
 * separated by commas ({@code change-manager,administrator}), show it to a holder of any of them.
 */
public class HasRelmanRoleCondition implements Condition {

    private final CurrentUser currentUser;
    private final AccessGuard access;
    private Set<RelmanRole> roles = EnumSet.noneOf(RelmanRole.class);

    @Inject
    public HasRelmanRoleCondition(CurrentUser currentUser, AccessGuard access) {
        this.currentUser = currentUser;
        this.access = access;
    }

    @Override
    public void init(Map<String, String> params) {
        String name = params.get("role");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("HasRelmanRoleCondition needs <param name=\"role\">, e.g. cmdb-reader");
        }
        Set<RelmanRole> parsed = EnumSet.noneOf(RelmanRole.class);
        for (String one : name.split(",")) {
            try {
                parsed.add(RelmanRole.valueOf(one.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("HasRelmanRoleCondition: no relman role is called '" + one.trim() + "'", e);
            }
        }
        roles = parsed;
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return currentUser.get().map(user -> roles.stream().anyMatch(role -> access.hasRole(user, role))).orElse(false);
    }
}
