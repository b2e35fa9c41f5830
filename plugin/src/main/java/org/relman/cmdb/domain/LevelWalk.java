package org.relman.cmdb.domain;

import java.util.Arrays;

/**
 * The state of one {@link ImpactTraversal} in primitive arrays. CIs are numbered as found ({@link IdIndex}: the start
 * CIs first); by that number the arrays hold each CI's depth, the step that reached it (-1 for a start CI: the
 * predecessor links a path is rebuilt from) and its position in the current frontier. The steps of a read are put in
 * walking order by a counting sort on the frontier position of their {@code from} CI, then by age within each CI.
 */
final class LevelWalk {
    private static final int INSERTION_SORT_MAX = 24;

    private final IdIndex cis;
    private final int[] depth;
    private final int[] via;
    private final int[] position;
    private final Steps steps = new Steps();
    private final int limit;
    private final int startCount;
    private int[] crossed = new int[256];
    private int crossedCount;
    private boolean truncated;
    private int frontierDepth;

    LevelWalk(long[] start, int limit) {
        int capacity = start.length + limit;
        this.cis = new IdIndex(capacity);
        this.depth = new int[capacity];
        this.via = new int[capacity];
        this.position = new int[capacity];
        this.limit = limit;
        for (long id : start) {
            via[cis.add(id)] = -1;
        }
        this.startCount = cis.size();
    }

    void run(int maxDepth, ImpactTraversal.StepReader reader) {
        long[] frontier = new long[startCount];
        for (int ci = 0; ci < startCount; ci++) {
            frontier[ci] = cis.id(ci);
        }
        int frontierSize = startCount;
        for (int level = 1; level <= maxDepth && frontierSize > 0 && !truncated; level++) {
            int firstOfLevel = cis.size();
            frontierDepth = level - 1;
            for (int i = 0; i < frontierSize; i++) {
                position[cis.indexOf(frontier[i])] = i;
            }
            for (int from = 0; from < frontierSize && !truncated; ) {
                int to = Math.min(frontierSize, from + Math.max(ImpactTraversal.MIN_SLICE, limit - reachedCount()));
                int first = steps.size();
                reader.read(frontier, from, to, steps);
                for (int step : inWalkingOrder(first, steps.size(), from, to)) {
                    if (cis.indexOf(steps.to(step)) < 0) {
                        if (reachedCount() == limit) {
                            truncated = true;
                            break;
                        }
                        int ci = cis.add(steps.to(step));
                        depth[ci] = level;
                        via[ci] = step;
                    }
                    cross(step);
                }
                from = to;
            }
            frontierSize = cis.size() - firstOfLevel;
            frontier = new long[frontierSize];
            for (int i = 0; i < frontierSize; i++) {
                frontier[i] = cis.id(firstOfLevel + i);
            }
        }
    }

    /** Steps {@code first} to {@code end - 1}, by the frontier position of their from CI, oldest relationship first. */
    private int[] inWalkingOrder(int first, int end, int from, int to) {
        int[] start = new int[to - from + 1];
        for (int step = first; step < end; step++) {
            start[bucket(step, from, to) + 1]++;
        }
        for (int b = 1; b < start.length; b++) {
            start[b] += start[b - 1];
        }
        int[] order = new int[end - first];
        int[] next = Arrays.copyOf(start, start.length - 1);
        for (int step = first; step < end; step++) {
            order[next[bucket(step, from, to)]++] = step;
        }
        for (int b = 0; b + 1 < start.length; b++) {
            sortByAge(order, start[b], start[b + 1]);
        }
        return order;
    }

    private int bucket(int step, int from, int to) {
        int ci = cis.indexOf(steps.from(step));
        int bucket = ci < 0 || depth[ci] != frontierDepth ? -1 : position[ci] - from;
        if (bucket < 0 || bucket >= to - from) {
            throw new IllegalStateException("a step from a CI outside the frontier asked about: " + steps.from(step));
        }
        return bucket;
    }

    private void sortByAge(int[] order, int lo, int hi) {
        if (hi - lo <= INSERTION_SORT_MAX) {
            for (int i = lo + 1; i < hi; i++) {
                int step = order[i];
                int j = i - 1;
                while (j >= lo && steps.relationship(order[j]) > steps.relationship(step)) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = step;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        sortByAge(order, lo, mid);
        sortByAge(order, mid, hi);
        int[] left = Arrays.copyOfRange(order, lo, mid);
        int i = 0;
        int j = mid;
        int k = lo;
        while (i < left.length && j < hi) {
            order[k++] = steps.relationship(order[j]) < steps.relationship(left[i]) ? order[j++] : left[i++];
        }
        while (i < left.length) {
            order[k++] = left[i++];
        }
    }

    private void cross(int step) {
        if (crossedCount == crossed.length) {
            crossed = Arrays.copyOf(crossed, crossedCount * 2);
        }
        crossed[crossedCount++] = step;
    }

    /** The steps crossed, in walking order, whose both ends are in the answer. */
    int[] stepsInAnswer() {
        int[] kept = new int[crossedCount];
        int count = 0;
        for (int i = 0; i < crossedCount; i++) {
            int step = crossed[i];
            if (cis.indexOf(steps.from(step)) >= 0 && cis.indexOf(steps.to(step)) >= 0) {
                kept[count++] = step;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    IdIndex cis() {
        return cis;
    }

    Steps steps() {
        return steps;
    }

    int startCount() {
        return startCount;
    }

    int reachedCount() {
        return cis.size() - startCount;
    }

    int depth(int ci) {
        return depth[ci];
    }

    int via(int ci) {
        return via[ci];
    }

    boolean truncated() {
        return truncated;
    }
}
