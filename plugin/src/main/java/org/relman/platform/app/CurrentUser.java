package org.relman.platform.app;

import java.util.Optional;
import org.relman.platform.domain.UserRef;

/** Who is making the current request; empty for an anonymous caller. Provided by Jira, or by the sandbox. */
public interface CurrentUser {
    Optional<UserRef> get();
}
