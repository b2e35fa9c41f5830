package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/**
 * Mirror of SAL's user key (see MIRRORS.md). Unlike the other mirrors it behaves like the real
 * value class — a key string with equality — so tests can build one; it is never in the plugin jar.
 */
public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public static UserKey fromLong(long userId) {
        return new UserKey(String.valueOf(userId));
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public String toString() {
        return userkey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey other && userkey.equals(other.userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }
}
