package org.relman.sandbox.auth;

import java.util.Optional;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.domain.UserRef;

/**
 * The sandbox's {@link CurrentUser}: whoever {@link AuthenticationFilter} found on the request the
 * current thread is serving. Jira's SAL answers the same question from its own request context.
 */
public final class RequestCurrentUser implements CurrentUser {

    private final ThreadLocal<UserRef> current = new ThreadLocal<>();

    @Override
    public Optional<UserRef> get() {
        return Optional.ofNullable(current.get());
    }

    /** Binds {@code user} (null for anonymous) until the returned scope is closed. */
    public Scope bind(UserRef user) {
        UserRef previous = current.get();
        current.set(user);
        return () -> {
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        };
    }

    /** Ends a {@link #bind}; closing never throws. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
