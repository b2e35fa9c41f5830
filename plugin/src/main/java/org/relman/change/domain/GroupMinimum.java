package org.relman.change.domain;

import java.util.Objects;

/** A per-group minimum of a CAB's rule: at least {@code minApprovals} approvals from members labelled {@code group}. */
public record GroupMinimum(String group, int minApprovals) {
    public GroupMinimum {
        Objects.requireNonNull(group, "group");
    }
}
