package dev.baton.results.store;

import java.util.Arrays;

/** A growable array of {@code long}s, unboxed: offsets into a spill file. */
public final class LongArray {

    private long[] values = new long[16];
    private int size;

    public void add(long value) {
        set(size, value);
    }

    /** Sets the value at {@code index}, growing the array (with zeros) to reach it. */
    public void set(int index, long value) {
        if (index >= values.length) {
            values = Arrays.copyOf(values, Math.max(index + 1, values.length * 2));
        }
        values[index] = value;
        size = Math.max(size, index + 1);
    }

    public long get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return values[index];
    }

    public int size() {
        return size;
    }

    public long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
