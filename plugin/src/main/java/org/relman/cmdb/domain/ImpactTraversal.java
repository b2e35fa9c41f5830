package org.relman.cmdb.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Impact analysis as a breadth-first walk, one level at a time: a level asks for the relationships of its whole
 * frontier at once (set-based reads, never one per CI), so a walk to depth 10 costs about ten reads whatever the
 * number of CIs. Every CI is visited once (cycles end there), at the smallest depth that reaches it; among the
 * CIs that reach it at that depth, the one found first wins, and among its relationships the oldest (lowest id), so
 * answers are stable. The walk stops at {@code depth} levels or when {@code limit} CIs are reached; if a further CI
 * would have been reached within the depth, the walk says it was truncated.
 *
 * <p>Near the limit a level is read in slices of the frontier, in the order its CIs were found, each slice about as
 * large as the room left ({@value #MIN_SLICE} CIs at least): the read that fills the limit is small, instead of
 * every relationship of a frontier that may hold thousands of CIs.
 */
public final class ImpactTraversal {
    /** The fewest frontier CIs one read asks about. */
    public static final int MIN_SLICE = 256;

    /** One relationship as the walk crosses it: from a CI already reached to the next one. */
    public record Step(long relationshipId, long from, long to, long typeId) {
    }

    /** Every step out of a set of CIs, read in one go, in any order. */
    @FunctionalInterface
    public interface Neighbours {
        List<Step> of(Collection<Long> frontier);
    }

    /** A CI the walk reached: its depth and the step that reached it ({@code via} is null for a start CI). */
    public record Reached(long id, int depth, Step via) {
    }

    /**
     * What the walk found: the start CIs, the reached ones in the order found (by depth), whether it was cut short
     * by the limit, and the steps it read whose both ends are in the answer (for drawing the graph).
     */
    public static final class Walk {
        private final List<Long> start;
        private final Map<Long, Reached> reached;
        private final boolean truncated;
        private final List<Step> steps;

        Walk(List<Long> start, Map<Long, Reached> reached, boolean truncated, List<Step> steps) {
            this.start = List.copyOf(start);
            this.reached = reached;
            this.truncated = truncated;
            this.steps = List.copyOf(steps);
        }

        public List<Long> start() {
            return start;
        }

        public List<Reached> reached() {
            return List.copyOf(reached.values());
        }

        public boolean truncated() {
            return truncated;
        }

        public List<Step> steps() {
            return steps;
        }

        /** The steps from a start CI to {@code target}, in walking order; empty for a start CI. */
        public List<Step> pathTo(long target) {
            List<Step> path = new ArrayList<>();
            Reached at = reached.get(target);
            while (at != null && at.via() != null) {
                path.add(0, at.via());
                at = reached.get(at.via().from());
            }
            return path;
        }
    }

    private ImpactTraversal() {
    }

    public static Walk walk(Collection<Long> start, int depth, int limit, Neighbours neighbours) {
        Map<Long, Reached> seen = new LinkedHashMap<>();
        start.forEach(id -> seen.put(id, new Reached(id, 0, null)));
        List<Step> read = new ArrayList<>();
        Map<Long, Reached> reached = new LinkedHashMap<>();
        List<Long> frontier = new ArrayList<>(seen.keySet());
        boolean truncated = false;
        for (int level = 1; level <= depth && !frontier.isEmpty() && !truncated; level++) {
            Map<Long, Integer> order = new HashMap<>();
            for (int i = 0; i < frontier.size(); i++) {
                order.put(frontier.get(i), i);
            }
            List<Long> next = new ArrayList<>();
            for (int from = 0; from < frontier.size() && !truncated; ) {
                int slice = Math.max(MIN_SLICE, limit - reached.size());
                List<Long> part = frontier.subList(from, Math.min(frontier.size(), from + slice));
                from += part.size();
                List<Step> steps = new ArrayList<>(neighbours.of(part));
                steps.sort(Comparator.comparingInt((Step s) -> order.get(s.from())).thenComparingLong(Step::relationshipId));
                for (Step step : steps) {
                    if (!seen.containsKey(step.to())) {
                        if (reached.size() == limit) {
                            truncated = true;
                            break;
                        }
                        Reached found = new Reached(step.to(), level, step);
                        seen.put(step.to(), found);
                        reached.put(step.to(), found);
                        next.add(step.to());
                    }
                    read.add(step);
                }
            }
            frontier = next;
        }
        List<Step> inAnswer = read.stream().filter(s -> seen.containsKey(s.from()) && seen.containsKey(s.to())).toList();
        return new Walk(new ArrayList<>(start), reached, truncated, inAnswer);
    }
}
