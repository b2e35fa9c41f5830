package org.relman.platform.adapter.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.platform.app.UserDirectory;
import org.relman.platform.domain.UserRef;

/** In Jira: users as SAL knows them. Jira caches its users, so a lookup costs no SQL in the usual case. */
@Named
public class SalUserDirectory implements UserDirectory {
    private final UserManager userManager;

    @Inject
    public SalUserDirectory(@ComponentImport UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<UserRef> byName(String username) {
        return username == null || username.isBlank() ? Optional.empty() : ref(userManager.getUserProfile(username.strip()));
    }

    @Override
    public Optional<UserRef> byKey(String userKey) {
        return userKey == null || userKey.isBlank() ? Optional.empty() : ref(userManager.getUserProfile(new UserKey(userKey)));
    }

    private static Optional<UserRef> ref(UserProfile profile) {
        return profile == null ? Optional.empty()
                : Optional.of(new UserRef(profile.getUserKey().getStringValue(), profile.getUsername(), profile.getFullName()));
    }
}
