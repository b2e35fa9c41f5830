package org.relman.cmdb.app;

import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;

/** Told after an issue's affected CIs changed (and were committed); change management reopens voting on RFCs. */
@FunctionalInterface
public interface AffectedCisListener {
    void affectedCisChanged(IssueRef issue, UserRef by);
}
