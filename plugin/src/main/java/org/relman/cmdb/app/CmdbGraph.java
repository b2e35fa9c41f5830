package org.relman.cmdb.app;

import org.relman.cmdb.domain.ImpactQuery;
import org.relman.cmdb.domain.ImpactReport;

/** The CMDB's relationships as a graph to walk (see {@link org.relman.cmdb.domain.ImpactTraversal}). */
public interface CmdbGraph {
    /**
     * Walks from the query's CIs.
     *
     * @throws org.relman.platform.domain.InvalidInputException naming {@code keys} with the keys no CI has
     */
    ImpactReport walk(ImpactQuery query);
}
