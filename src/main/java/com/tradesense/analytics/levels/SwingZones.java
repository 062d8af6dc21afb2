package com.tradesense.analytics.levels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Support and resistance zones from swing points: a swing high is a bar whose high tops the {@code strength} bars on
 * each side (a swing low likewise), and swing points within {@code tolerance} of each other form one zone. A zone's
 * touches are the swing points in it, each a time price turned there; zones need at least two.
 */
public final class SwingZones {

    public record Zone(double low, double high, int touches) {

        public double middle() {
            return (low + high) / 2;
        }
    }

    private SwingZones() {
    }

    public static List<Zone> find(double[] high, double[] low, int strength, double tolerance) {
        double[] points = new double[high.length];
        int count = 0;
        for (int i = strength; i < high.length - strength; i++) {
            if (isSwing(high, i, strength, true)) {
                points[count++] = high[i];
            }
            if (isSwing(low, i, strength, false)) {
                points[count++] = low[i];
            }
        }
        double[] sorted = Arrays.copyOf(points, count);
        Arrays.sort(sorted);
        List<Zone> zones = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] - sorted[i - 1] > tolerance) {
                if (i - start >= 2) {
                    zones.add(new Zone(sorted[start], sorted[i - 1], i - start));
                }
                start = i;
            }
        }
        return zones;
    }

    /** Ties on the left count as a swing, ties on the right do not, so a flat top yields one point, not two. */
    private static boolean isSwing(double[] x, int i, int strength, boolean highs) {
        for (int j = i - strength; j <= i + strength; j++) {
            if (j == i) {
                continue;
            }
            double d = highs ? x[i] - x[j] : x[j] - x[i];
            if (j < i ? d < 0 : d <= 0) {
                return false;
            }
        }
        return true;
    }
}
