package org.relman.cmdb.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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
 *
 * <p>The walk keeps its facts in primitive arrays (see {@link LevelWalk}): CI ids are numbered densely as found,
 * depth and the step that reached each CI (its predecessor, from which the path is rebuilt) are arrays by that
 * number, and the steps read are columns of longs. Per-CI objects are made only when an answer is asked for.
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

    /** Adds to {@code into} every step out of the CIs {@code frontier[from]} to {@code frontier[to - 1]}, in any order. */
    @FunctionalInterface
    public interface StepReader {
        void read(long[] frontier, int from, int to, Steps into);
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
        private final LevelWalk found;
        private final int[] inAnswer;

        Walk(List<Long> start, LevelWalk found, int[] inAnswer) {
            this.start = List.copyOf(start);
            this.found = found;
            this.inAnswer = inAnswer;
        }

        public List<Long> start() {
            return start;
        }

        public List<Reached> reached() {
            List<Reached> reached = new ArrayList<>(found.reachedCount());
            for (int ci = found.startCount(); ci < found.cis().size(); ci++) {
                reached.add(new Reached(found.cis().id(ci), found.depth(ci), found.steps().step(found.via(ci))));
            }
            return reached;
        }

        /** The ids of every CI in the answer: the distinct start CIs, then the reached ones in the order found. */
        public long[] ids() {
            long[] ids = new long[found.cis().size()];
            for (int ci = 0; ci < ids.length; ci++) {
                ids[ci] = found.cis().id(ci);
            }
            return ids;
        }

        public boolean truncated() {
            return found.truncated();
        }

        public List<Step> steps() {
            List<Step> steps = new ArrayList<>(inAnswer.length);
            for (int step : inAnswer) {
                steps.add(found.steps().step(step));
            }
            return steps;
        }

        /** The steps from a start CI to {@code target}, in walking order; empty for a start CI. */
        public List<Step> pathTo(long target) {
            List<Step> path = new ArrayList<>();
            int ci = found.cis().indexOf(target);
            while (ci >= 0 && found.via(ci) >= 0) {
                int step = found.via(ci);
                path.add(found.steps().step(step));
                ci = found.cis().indexOf(found.steps().from(step));
            }
            java.util.Collections.reverse(path);
            return path;
        }
    }

    private ImpactTraversal() {
    }

    public static Walk walk(Collection<Long> start, int depth, int limit, Neighbours neighbours) {
        return walk(start, depth, limit, (frontier, from, to, into) -> {
            List<Long> part = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                part.add(frontier[i]);
            }
            for (Step step : neighbours.of(part)) {
                into.add(step.relationshipId(), step.from(), step.to(), step.typeId());
            }
        });
    }

    public static Walk walk(Collection<Long> start, int depth, int limit, StepReader reader) {
        LevelWalk found = new LevelWalk(start.stream().mapToLong(Long::longValue).toArray(), limit);
        found.run(depth, reader);
        return new Walk(new ArrayList<>(start), found, found.stepsInAnswer());
    }
}
