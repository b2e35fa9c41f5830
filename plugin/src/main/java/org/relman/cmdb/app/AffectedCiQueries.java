package org.relman.cmdb.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.cmdb.domain.ImpactDirection;
import org.relman.cmdb.domain.ImpactQuery;
import org.relman.cmdb.domain.ImpactReport;
import org.relman.platform.domain.InvalidInputException;

/**
 * The CMDB questions JQL asks. No permission check here: the JQL function decides who may search, and Jira filters
 * the issues by what the searcher may see.
 */
@Named
public class AffectedCiQueries implements AffectedCiSearch {
    private final AffectedCiStore store;
    private final CmdbGraph graph;

    @Inject
    public AffectedCiQueries(AffectedCiStore store, CmdbGraph graph) {
        this.store = store;
        this.graph = graph;
    }

    @Override
    public List<Long> issuesAffecting(String ciKey) {
        return store.issuesAffecting(List.of(ciKey.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * Issues whose affected CIs impact the CI: the CI itself, or anything upstream of it within {@code depth}
     * (1–10) — what it relies on, so a change there reaches it. Walks at most {@value ImpactQuery#MAX_LIMIT} CIs.
     * An unknown key answers no issues.
     */
    @Override
    public List<Long> issuesImpacting(String ciKey, int depth) {
        ImpactReport upstream;
        try {
            upstream = graph.walk(ImpactQuery.validate(List.of(ciKey), ImpactDirection.UPSTREAM.code(),
                    Math.max(1, Math.min(depth, ImpactQuery.MAX_DEPTH)), ImpactQuery.MAX_LIMIT));
        } catch (InvalidInputException unknownCi) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        upstream.changed().forEach(ci -> keys.add(ci.key()));
        upstream.impacted().forEach(ci -> keys.add(ci.ci().key()));
        return store.issuesAffecting(keys);
    }
}
