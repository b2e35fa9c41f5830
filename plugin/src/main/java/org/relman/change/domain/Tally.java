package org.relman.change.domain;

import java.util.List;

/**
 * The count behind a decision. {@code towardQuorum} is what the quorum compares with: every vote,
 * without abstentions unless the rule counts them.
 */
public record Tally(int approvals, int rejections, int abstentions, int infoRequests, int cast, int towardQuorum,
                    List<GroupCount> groups) {
    public Tally {
        groups = List.copyOf(groups);
    }

    /** Approvals from one voting group against the rule's minimum for it. */
    public record GroupCount(String group, int approvals, int needed) {
        public boolean met() {
            return approvals >= needed;
        }
    }
}
