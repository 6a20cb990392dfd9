package app.loadwise.recovery.engine.metrics;

/** Means and standard deviations over array ranges, skipping NaN (not recorded). No boxing, no streams. */
public final class Stats {

    private Stats() {
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

    /**
     * For each of two arrays, a baseline range [from, split) and the range after it [split, to): the baseline's
     * count, mean and sample SD, then the later range's count and mean, {@code a}'s at {@code out[0..4]} and
     * {@code b}'s at {@code out[5..9]} when {@code out} has room for them (pass the same array twice for one).
     * The SD is worked out only from {@code minForSd} baseline values (NaN below). The two arrays are read side
     * by side so that their sums run in parallel; each array's values are still added in order, so its results
     * are those of a range-by-range count, mean and SD. Returns {@code a}'s later count.
     */
    public static int baselinesAndAfter(double[] a, double[] b, int from, int split, int to, int minForSd,
                                        double[] out) {
        int baseA = 0;
        int baseB = 0;
        double sumA = 0;
        double sumB = 0;
        for (int i = from; i < split; i++) {
            double v = a[i];
            double w = b[i];
            if (v == v) {
                sumA += v;
                baseA++;
            }
            if (w == w) {
                sumB += w;
                baseB++;
            }
        }
        int laterA = 0;
        int laterB = 0;
        double laterSumA = 0;
        double laterSumB = 0;
        for (int i = split; i < to; i++) {
            double v = a[i];
            double w = b[i];
            if (v == v) {
                laterSumA += v;
                laterA++;
            }
            if (w == w) {
                laterSumB += w;
                laterB++;
            }
        }
        double meanA = baseA == 0 ? Double.NaN : sumA / baseA;
        double meanB = baseB == 0 ? Double.NaN : sumB / baseB;
        boolean sdA = baseA > 1 && baseA >= minForSd;
        boolean sdB = baseB > 1 && baseB >= minForSd;
        double ssA = 0;
        double ssB = 0;
        if (sdA || sdB) {
            for (int i = from; i < split; i++) {
                double v = a[i];
                double w = b[i];
                if (v == v) {
                    ssA += (v - meanA) * (v - meanA);
                }
                if (w == w) {
                    ssB += (w - meanB) * (w - meanB);
                }
            }
        }
        out[0] = baseA;
        out[1] = meanA;
        out[2] = sdA ? Math.sqrt(ssA / (baseA - 1)) : Double.NaN;
        out[3] = laterA;
        out[4] = laterA == 0 ? Double.NaN : laterSumA / laterA;
        if (out.length >= 10) {
            out[5] = baseB;
            out[6] = meanB;
            out[7] = sdB ? Math.sqrt(ssB / (baseB - 1)) : Double.NaN;
            out[8] = laterB;
            out[9] = laterB == 0 ? Double.NaN : laterSumB / laterB;
        }
        return laterA;
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

    /** Population SD (divide by n) of recorded values in [from, to); NaN when there are none. */
    public static double populationSd(double[] values, int from, int to) {
        return sd(values, from, to, 0);
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
