package org.relman.cmdb.app;

import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.cmdb.domain.ImpactQuery;
import org.relman.cmdb.domain.ImpactReport;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.domain.RelmanRole;

/**
 * Impact analysis for CMDB readers: for a CI or a set of CIs, everything downstream (what a change to them
 * impacts) or upstream (what they rely on), to a depth of 1–10, up to a limit of CIs. See
 * {@link org.relman.cmdb.domain.ImpactDirection} for the convention and
 * {@link org.relman.cmdb.domain.ImpactTraversal} for the walk.
 */
@Named
public class ImpactAnalysis {
    private final AccessGuard access;
    private final CmdbGraph graph;

    @Inject
    public ImpactAnalysis(AccessGuard access, CmdbGraph graph) {
        this.access = access;
        this.graph = graph;
    }

    public ImpactReport impact(List<String> keys, String direction, Integer depth, Integer limit) {
        access.requireRole(RelmanRole.CMDB_READER, "read the CMDB");
        return graph.walk(ImpactQuery.validate(keys, direction, depth, limit));
    }
}
