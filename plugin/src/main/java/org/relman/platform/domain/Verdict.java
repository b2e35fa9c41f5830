package org.relman.platform.domain;

import java.util.Objects;

/**
 * A policy's answer: allowed, or refused with the reason a user reads. Workflow conditions and
 * validators, REST checks and panels all ask the same policy and show this reason unchanged.
 */
public record Verdict(boolean allowed, String reason) {
    private static final Verdict ALLOWED = new Verdict(true, "");

    public Verdict {
        Objects.requireNonNull(reason, "reason");
        if (!allowed && reason.isBlank()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
    }

    public static Verdict allow() {
        return ALLOWED;
    }

    public static Verdict refuse(String reason) {
        return new Verdict(false, reason);
    }

    public boolean refused() {
        return !allowed;
    }
}
