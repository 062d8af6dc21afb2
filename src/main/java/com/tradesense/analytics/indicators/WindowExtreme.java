package com.tradesense.analytics.indicators;

/**
 * Highest (or lowest) of the last {@code size} kept values together with one more candidate, in amortised O(1): a
 * monotonic deque of indices in a ring. Stochastic windows of n bars keep n-1 bars here and add the forming bar.
 */
final class WindowExtreme {

    private final int size;
    private final boolean highest;
    private final long[] indices;
    private final double[] values;
    private int head;
    private int length;
    private long count;

    WindowExtreme(int size, boolean highest) {
        this.size = size;
        this.highest = highest;
        this.indices = new long[size + 1];
        this.values = new double[size + 1];
    }

    /** The extreme of the kept window and {@code candidate}. */
    double with(double candidate) {
        if (length == 0) {
            return candidate;
        }
        double front = values[head];
        return highest ? Math.max(front, candidate) : Math.min(front, candidate);
    }

    void keep(double value) {
        if (size == 0) {
            return;
        }
        while (length > 0 && beats(value, values[slot(length - 1)])) {
            length--;
        }
        int tail = slot(length);
        indices[tail] = count;
        values[tail] = value;
        length++;
        while (indices[head] <= count - size) {
            head = head + 1 == indices.length ? 0 : head + 1;
            length--;
        }
        count++;
    }

    private boolean beats(double value, double kept) {
        return highest ? value >= kept : value <= kept;
    }

    private int slot(int offset) {
        int i = head + offset;
        return i >= indices.length ? i - indices.length : i;
    }
}
