package org.relman.cmdb.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to an {@link ImpactQuery}: the changed CIs, every impacted CI with its depth and the path that makes
 * it impacted, whether the limit cut the answer short, and the relationships between the CIs in the answer as they
 * are stored (source relies on target).
 *
 * <p>{@code path} holds the keys from a changed CI to the impacted one and {@code via} the relationship type of each
 * step ({@code via.size() == path.size() - 1}). Downstream, step {@code i} is the stored relationship
 * {@code path[i+1] —via[i]→ path[i]} (a change to DB-1 impacts APP-1 because APP-1 depends on DB-1); upstream it is
 * {@code path[i] —via[i]→ path[i+1]}.
 */
public record ImpactReport(ImpactDirection direction, int depth, int limit, List<CiSummary> changed,
                           List<ImpactedCi> impacted, boolean truncated, List<Link> relationships) {

    public record ImpactedCi(CiSummary ci, int depth, List<String> path, List<String> via) {
    }

    /** A stored relationship: {@code source} relies on {@code target}. */
    public record Link(String source, String target, String type) {
    }

    public ImpactReport {
        changed = List.copyOf(changed);
        impacted = List.copyOf(impacted);
        relationships = List.copyOf(relationships);
    }

    /**
     * Names the ids of a walk with the CIs' keys and the types' codes. A CI's path is its predecessor's plus one step
     * (the walk reaches CIs in order of depth, so the predecessor's path is always made first).
     */
    public static ImpactReport of(ImpactQuery query, ImpactTraversal.Walk walk, Map<Long, CiSummary> cis,
                                  Map<Long, String> typeCodes) {
        List<CiSummary> changed = walk.start().stream().map(cis::get).toList();
        List<ImpactTraversal.Reached> reachedCis = walk.reached();
        List<ImpactedCi> impacted = new ArrayList<>(reachedCis.size());
        Map<Long, ImpactedCi> byId = new HashMap<>(reachedCis.size() * 2);
        for (ImpactTraversal.Reached reached : reachedCis) {
            ImpactTraversal.Step step = reached.via();
            ImpactedCi before = byId.get(step.from());
            List<String> path = new ArrayList<>(reached.depth() + 1);
            List<String> via = new ArrayList<>(reached.depth());
            if (before == null) {
                path.add(cis.get(step.from()).key());
            } else {
                path.addAll(before.path());
                via.addAll(before.via());
            }
            CiSummary ci = cis.get(reached.id());
            path.add(ci.key());
            via.add(typeCodes.get(step.typeId()));
            ImpactedCi found = new ImpactedCi(ci, reached.depth(), List.copyOf(path), List.copyOf(via));
            byId.put(reached.id(), found);
            impacted.add(found);
        }
        List<Link> links = walk.steps().stream().map(step -> link(query.direction(), step, cis, typeCodes)).toList();
        return new ImpactReport(query.direction(), query.depth(), query.limit(), changed, impacted, walk.truncated(), links);
    }

    private static Link link(ImpactDirection direction, ImpactTraversal.Step step, Map<Long, CiSummary> cis,
                             Map<Long, String> typeCodes) {
        String from = cis.get(step.from()).key();
        String to = cis.get(step.to()).key();
        String type = typeCodes.get(step.typeId());
        return direction == ImpactDirection.DOWNSTREAM ? new Link(to, from, type) : new Link(from, to, type);
    }
}
