package app.loadwise.recovery.engine.metrics;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Counts, means and standard deviations of values, skipping NaN (not recorded). */
public final class Stats {

    private Stats() {
    }

    /** The value of each item, e.g. each day's resting heart rate. */
    public static <T> double[] values(List<T> items, ToDoubleFunction<T> value) {
        double[] values = new double[items.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value.applyAsDouble(items.get(i));
        }
        return values;
    }

    /** Number of recorded (non-NaN) values in [from, to). */
    public static int count(double[] values, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(values[i])) {
                n++;
            }
        }
        return n;
    }

    /** Mean of recorded values in [from, to); NaN when there are none. */
    public static double mean(double[] values, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            double v = values[i];
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Sample SD (divide by n - 1) of recorded values in [from, to); NaN below two values. */
    public static double sampleSd(double[] values, int from, int to) {
        return sd(values, from, to, 1);
    }

    private static double sd(double[] values, int from, int to, int ddof) {
        return sdAround(values, from, to, ddof, mean(values, from, to));
    }

    private static double sdAround(double[] values, int from, int to, int ddof, double mean) {
        if (Double.isNaN(mean)) {
            return Double.NaN;
        }
        double ss = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            double v = values[i];
            if (!Double.isNaN(v)) {
                double d = v - mean;
                ss += d * d;
                n++;
            }
        }
        return n - ddof <= 0 ? Double.NaN : Math.sqrt(ss / (n - ddof));
    }

    /**
     * Foster (1998) monotony of seven daily loads (rest days 0): mean / population SD. NaN when the SD is 0
     * (all days equal) or any value is NaN (unknown day).
     */
    public static double monotony(double[] dailyLoads, int from) {
        for (int i = from; i < from + 7; i++) {
            if (Double.isNaN(dailyLoads[i])) {
                return Double.NaN;
            }
        }
        double mean = mean(dailyLoads, from, from + 7);
        double sd = sdAround(dailyLoads, from, from + 7, 0, mean);
        // Seven equal loads can leave a rounding-sized SD; treat it as no variation.
        return sd <= 1e-9 * Math.abs(mean) || sd == 0 ? Double.NaN : mean / sd;
    }
}
