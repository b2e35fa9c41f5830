package org.relman.cmdb.domain;

import java.util.Arrays;

/**
 * Relationships as a walk reads them, in four parallel columns of primitives (relationship id, from, to, type),
 * appended to as rows arrive from the database. A step is known by its position.
 */
public final class Steps {
    private long[] relationship = new long[256];
    private long[] from = new long[256];
    private long[] to = new long[256];
    private long[] type = new long[256];
    private int size;

    public void add(long relationshipId, long fromId, long toId, long typeId) {
        if (size == relationship.length) {
            int capacity = size * 2;
            relationship = Arrays.copyOf(relationship, capacity);
            from = Arrays.copyOf(from, capacity);
            to = Arrays.copyOf(to, capacity);
            type = Arrays.copyOf(type, capacity);
        }
        relationship[size] = relationshipId;
        from[size] = fromId;
        to[size] = toId;
        type[size] = typeId;
        size++;
    }

    public int size() {
        return size;
    }

    long relationship(int step) {
        return relationship[step];
    }

    long from(int step) {
        return from[step];
    }

    long to(int step) {
        return to[step];
    }

    ImpactTraversal.Step step(int step) {
        return new ImpactTraversal.Step(relationship[step], from[step], to[step], type[step]);
    }
}
