package org.relman.cmdb.app;

import java.util.Collection;
import java.util.List;
import org.relman.cmdb.domain.AffectedCi;
import org.relman.platform.domain.UserRef;

/** Which CIs an issue (an RFC or a Release) affects. */
public interface AffectedCiStore {
    /** The issue's affected CIs, by key. */
    List<AffectedCi> of(long issueId);

    /**
     * Makes the issue's affected CIs exactly these (existing) keys, keeping when and by whom the ones already there
     * were added; one row per issue and CI even when two nodes set the list at once.
     */
    List<AffectedCi> replace(long issueId, Collection<String> keys, UserRef by);

    /** Ids of the issues that affect any of the CIs with these keys, ascending. */
    List<Long> issuesAffecting(Collection<String> keys);
}
