package org.relman.cmdb.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every relationship of the CMDB in memory as compressed adjacency (CSR), tagged with the generation of the graph it
 * was read at. CIs that have relationships are numbered densely ({@link IdIndex}); relationships are columns of ints
 * (id, source, target by that number, type id). For each direction, {@code start[ci]} to {@code start[ci + 1]} in
 * {@code edges} are the relationships to follow from that CI: downstream the ones whose target it is, upstream the ones
 * whose source it is. A walk reads it through {@link #reader}, the same {@link ImpactTraversal} as the database walk.
 *
 * <p>It also holds each CI's summary (key, name, type, environment, status), by the same number, so that a walk
 * needs no query for the CIs it reached; CIs created after it was read are not in it, and a walk asks the database
 * for those. Immutable once built, so any number of walks may read it at once.
 */
public final class GraphSnapshot {
    private final long generation;
    private final IdIndex cis;
    private final int[] relationship;
    private final int[] source;
    private final int[] target;
    private final int[] type;
    private final int[] downStart;
    private final int[] downEdges;
    private final int[] upStart;
    private final int[] upEdges;
    private final CiSummary[] summaries;

    private GraphSnapshot(long generation, IdIndex cis, CiSummary[] summaries, int[] relationship, int[] source, int[] target,
                          int[] type) {
        this.generation = generation;
        this.cis = cis;
        this.summaries = summaries;
        this.relationship = relationship;
        this.source = source;
        this.target = target;
        this.type = type;
        this.downStart = new int[cis.size() + 1];
        this.downEdges = adjacency(target, downStart);
        this.upStart = new int[cis.size() + 1];
        this.upEdges = adjacency(source, upStart);
    }

    /** Relationships by {@code key}'s CI: a counting sort, so each CI's relationships keep the order they were added in. */
    private static int[] adjacency(int[] key, int[] start) {
        for (int ci : key) {
            start[ci + 1]++;
        }
        for (int ci = 1; ci < start.length; ci++) {
            start[ci] += start[ci - 1];
        }
        int[] next = Arrays.copyOf(start, start.length - 1);
        int[] edges = new int[key.length];
        for (int edge = 0; edge < key.length; edge++) {
            edges[next[key[edge]]++] = edge;
        }
        return edges;
    }

    public long generation() {
        return generation;
    }

    public int relationshipCount() {
        return relationship.length;
    }

    /** The CIs it knows: those with a summary or a relationship. */
    public int ciCount() {
        return cis.size();
    }

    /** The summary of CI {@code id}, or null if it was not read with the snapshot. */
    public CiSummary summary(long id) {
        int ci = cis.indexOf(id);
        return ci < 0 ? null : summaries[ci];
    }

    /**
     * Bytes of the arrays that hold the graph, from their lengths, plus the reference array of summaries (the
     * summaries' objects and strings are not counted; the impact benchmark measures the whole).
     */
    public long heapBytes() {
        long ints = 4L * relationship.length + downEdges.length + upEdges.length + downStart.length + upStart.length;
        return cis.heapBytes() + 4 * ints + 4L * summaries.length;
    }

    /** Steps out of the frontier's CIs in {@code direction}: downstream to the sources of relationships to them. */
    public ImpactTraversal.StepReader reader(ImpactDirection direction) {
        boolean downstream = direction == ImpactDirection.DOWNSTREAM;
        int[] start = downstream ? downStart : upStart;
        int[] edges = downstream ? downEdges : upEdges;
        int[] other = downstream ? source : target;
        return (frontier, from, to, into) -> {
            for (int i = from; i < to; i++) {
                int ci = cis.indexOf(frontier[i]);
                if (ci < 0) {
                    continue;
                }
                for (int k = start[ci]; k < start[ci + 1]; k++) {
                    int edge = edges[k];
                    into.add(relationship[edge], frontier[i], cis.id(other[edge]), type[edge]);
                }
            }
        };
    }

    /** Collects relationships as they are read, in any order, then builds the snapshot once. Not thread-safe. */
    public static final class Builder {
        private final IdIndex cis = new IdIndex(1024);
        private int[] relationship = new int[1024];
        private int[] source = new int[1024];
        private int[] target = new int[1024];
        private int[] type = new int[1024];
        private int size;
        private CiSummary[] summaries = new CiSummary[1024];
        /** Types, environments and statuses repeat; one string each. */
        private final Map<String, String> shared = new HashMap<>();

        public Builder add(long relationshipId, long sourceId, long targetId, long typeId) {
            if (size == relationship.length) {
                int capacity = size * 2;
                relationship = Arrays.copyOf(relationship, capacity);
                source = Arrays.copyOf(source, capacity);
                target = Arrays.copyOf(target, capacity);
                type = Arrays.copyOf(type, capacity);
            }
            relationship[size] = Math.toIntExact(relationshipId);
            source[size] = cis.add(sourceId);
            target[size] = cis.add(targetId);
            type[size] = Math.toIntExact(typeId);
            size++;
            return this;
        }

        /** Adds CI {@code id}'s summary. */
        public Builder add(long id, CiSummary summary) {
            int ci = cis.add(id);
            if (ci >= summaries.length) {
                summaries = Arrays.copyOf(summaries, Math.max(ci + 1, summaries.length * 2));
            }
            summaries[ci] = new CiSummary(summary.key(), summary.name(), share(summary.type()), share(summary.environment()),
                    summary.status());
            return this;
        }

        private String share(String text) {
            return text == null ? null : shared.computeIfAbsent(text, t -> t);
        }

        /** The relationships added. */
        public int size() {
            return size;
        }

        /** The CIs seen so far, as ends of relationships or with their summaries. */
        public int ciCount() {
            return cis.size();
        }

        public GraphSnapshot build(long generation) {
            return new GraphSnapshot(generation, cis, Arrays.copyOf(summaries, cis.size()), Arrays.copyOf(relationship, size),
                    Arrays.copyOf(source, size), Arrays.copyOf(target, size), Arrays.copyOf(type, size));
        }
    }
}
