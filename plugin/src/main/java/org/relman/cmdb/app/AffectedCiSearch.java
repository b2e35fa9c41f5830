package org.relman.cmdb.app;

import java.util.List;

/** The CMDB questions relman's JQL functions answer, as issue ids. */
public interface AffectedCiSearch {
    /** Issues (RFCs, Releases) whose affected CIs include the CI with this key. */
    List<Long> issuesAffecting(String ciKey);

    /** Issues whose affected CIs impact the CI with this key: it is downstream of one of them within {@code depth}. */
    List<Long> issuesImpacting(String ciKey, int depth);
}
