package org.relman.platform.adapter.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.domain.UserRef;

/** In Jira: the user of the current request, as SAL knows it. */
@Named
public class SalCurrentUser implements CurrentUser {
    private final UserManager userManager;

    @Inject
    public SalCurrentUser(@ComponentImport UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<UserRef> get() {
        UserProfile profile = userManager.getRemoteUser();
        if (profile == null) {
            return Optional.empty();
        }
        return Optional.of(new UserRef(profile.getUserKey().getStringValue(), profile.getUsername(), profile.getFullName()));
    }
}
