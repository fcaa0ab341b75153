package org.redmap.io;

import java.util.Arrays;

/** A growable array of x, y pairs, so that reading coordinates does not box each number. */
final class OrdinateBuffer {

    private double[] xy = new double[1024];
    private int size;

    /** Appends a position and returns its index (in positions, not ordinates). */
    int add(double x, double y) {
        if (size + 2 > xy.length) xy = Arrays.copyOf(xy, xy.length * 2);
        xy[size++] = x;
        xy[size++] = y;
        return size / 2 - 1;
    }

    /** Positions read so far. */
    int count() {
        return size / 2;
    }

    double x(int position) {
        return xy[2 * position];
    }

    double y(int position) {
        return xy[2 * position + 1];
    }

    /** Forgets the positions, keeping the grown array, once a feature's geometry is built. */
    void clear() {
        size = 0;
    }
}
