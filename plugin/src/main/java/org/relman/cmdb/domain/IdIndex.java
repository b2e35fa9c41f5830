package org.relman.cmdb.domain;

import java.util.Arrays;

/**
 * CI ids to dense indexes 0, 1, 2, … in the order first seen: an open-addressing hash table of primitive longs, so
 * a walk over thousands of CIs keeps its per-CI facts in plain arrays instead of a map entry and a boxed key each.
 */
final class IdIndex {
    private static final int EMPTY = -1;

    private long[] keys;
    private int[] slots;
    private long[] ids;
    private int size;

    IdIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        slots = new int[capacity];
        Arrays.fill(slots, EMPTY);
        ids = new long[Math.max(16, expected)];
    }

    /** The index of {@code id}, or -1 if it was never added. */
    int indexOf(long id) {
        int mask = slots.length - 1;
        for (int at = hash(id) & mask; ; at = (at + 1) & mask) {
            int slot = slots[at];
            if (slot == EMPTY || keys[at] == id) {
                return slot;
            }
        }
    }

    /** Adds {@code id} if new; its index either way. */
    int add(long id) {
        int mask = slots.length - 1;
        int at = hash(id) & mask;
        while (slots[at] != EMPTY) {
            if (keys[at] == id) {
                return slots[at];
            }
            at = (at + 1) & mask;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        keys[at] = id;
        slots[at] = size;
        ids[size] = id;
        if (++size * 2 > slots.length) {
            grow();
        }
        return size - 1;
    }

    long id(int index) {
        return ids[index];
    }

    int size() {
        return size;
    }

    /** Bytes of its arrays, from their lengths. */
    long heapBytes() {
        return 8L * keys.length + 4L * slots.length + 8L * ids.length;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldSlots.length * 2];
        Arrays.fill(slots, EMPTY);
        int mask = slots.length - 1;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != EMPTY) {
                int at = hash(oldKeys[i]) & mask;
                while (slots[at] != EMPTY) {
                    at = (at + 1) & mask;
                }
                keys[at] = oldKeys[i];
                slots[at] = oldSlots[i];
            }
        }
    }

    private static int hash(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
