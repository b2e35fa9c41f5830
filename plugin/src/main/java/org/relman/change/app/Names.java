package org.relman.change.app;

import java.util.HashMap;
import java.util.Map;
import org.relman.platform.app.UserDirectory;
import org.relman.platform.domain.UserRef;

/**
 * Users by key for one request: each key is looked up once. Made per call, never shared, so it holds no
 * state another node would miss. A user Jira no longer knows shows as their key.
 */
public final class Names {
    private final UserDirectory users;
    private final Map<String, UserRef> seen = new HashMap<>();

    public Names(UserDirectory users) {
        this.users = users;
    }

    public UserRef user(String key) {
        return seen.computeIfAbsent(key, k -> users.byKey(k).orElseGet(() -> new UserRef(k, k, k)));
    }

    public String name(String key) {
        return key == null ? null : user(key).displayName();
    }
}
