package org.relman.platform.domain;

/**
 * A refusal for lack of permission. {@code authenticated} tells an anonymous caller (who should log
 * in) from a logged-in one who lacks the right (and should ask for it).
 */
public class AccessDeniedException extends RuntimeException {
    private final boolean authenticated;

    private AccessDeniedException(String message, boolean authenticated) {
        super(message);
        this.authenticated = authenticated;
    }

    public static AccessDeniedException notLoggedIn() {
        return new AccessDeniedException("You need to log in to do this.", false);
    }

    public static AccessDeniedException missingRole(RelmanRole role, String action) {
        return new AccessDeniedException("Only a " + role.label() + " may " + action + ".", true);
    }

    public static AccessDeniedException because(String reason) {
        return new AccessDeniedException(reason, true);
    }

    public boolean authenticated() {
        return authenticated;
    }
}
