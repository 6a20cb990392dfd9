package app.loadwise.recovery.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {

    /** Mon rest, Tue 300, Wed 450, Thu 300, Fri rest, Sat 600, Sun 300. */
    static final double[] FOSTER_WEEK = {0, 300, 450, 300, 0, 600, 300};

    @Test
    void monotonyAndStrainOfAFosterWeek() {
        // weekly load 1950; mean 278.571
        // squared deviations: 77602.0, 459.2, 29387.8, 459.2, 77602.0, 103316.3, 459.2 -> sum 289285.7
        // population SD = sqrt(289285.7 / 7) = 203.289; monotony = 278.571 / 203.289 = 1.3703
        // strain = 1950 x 1.3703 = 2672.1
        double monotony = Stats.monotony(FOSTER_WEEK, 0);
        assertThat(Stats.mean(FOSTER_WEEK, 0, 7)).isCloseTo(278.571, within(0.001));
        assertThat(Stats.populationSd(FOSTER_WEEK, 0, 7)).isCloseTo(203.289, within(0.001));
        assertThat(monotony).isCloseTo(1.3703, within(0.0001));
        assertThat(1950 * monotony).isCloseTo(2672.1, within(0.1));
    }

    @Test
    void sampleSdDividesByNMinusOne() {
        // sqrt(289285.7 / 6) = 219.578
        assertThat(Stats.sampleSd(FOSTER_WEEK, 0, 7)).isCloseTo(219.578, within(0.001));
    }

    @Test
    void monotonyIsUndefinedWhenEveryDayIsTheSame() {
        assertThat(Stats.monotony(new double[] {90, 90, 90, 90, 90, 90, 90}, 0)).isNaN();
        assertThat(Stats.monotony(new double[] {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}, 0)).isNaN();
        assertThat(Stats.monotony(new double[7], 0)).isNaN();
    }

    @Test
    void monotonyIsUndefinedWithAnUnknownDay() {
        assertThat(Stats.monotony(new double[] {0, 300, Double.NaN, 300, 0, 600, 300}, 0)).isNaN();
    }

    @Test
    void skipsUnrecordedValues() {
        double[] v = {1, Double.NaN, 3};
        assertThat(Stats.count(v, 0, 3)).isEqualTo(2);
        assertThat(Stats.mean(v, 0, 3)).isEqualTo(2.0);
        assertThat(Stats.mean(new double[] {Double.NaN}, 0, 1)).isNaN();
        assertThat(Stats.sampleSd(new double[] {5}, 0, 1)).isNaN();
    }

    @Test
    void aBaselineAndTheRangeAfterItReadInOnePassGiveWhatEachRangeGivesAlone() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        double[] base = new double[3];
        double[] after = new double[3];
        double[] both = new double[5];
        for (int trial = 0; trial < 1000; trial++) {
            double[] v = new double[70];
            for (int i = 0; i < v.length; i++) {
                v[i] = random.nextInt(5) == 0 ? Double.NaN : 40 + random.nextDouble() * 30;
            }
            int from = random.nextInt(40);
            int split = from + random.nextInt(25);
            int to = split + random.nextInt(8);
            moments(v, from, split, base);
            int count = moments(v, split, to, after);
            assertThat(Stats.baselinesAndAfter(v, v, from, split, to, 0, both)).isEqualTo(count);
            assertThat(both).containsExactly(base[0], base[1], base[2], after[0], after[1]);
        }
    }

    @Test
    void leavesTheBaselineSdOutBelowTheReadingsItNeeds() {
        double[] out = new double[5];
        double[] readings = {50, 52, 51, 55};
        Stats.baselinesAndAfter(readings, readings, 0, 3, 4, 4, out);
        assertThat(out[0]).isEqualTo(3);
        assertThat(out[1]).isEqualTo(51.0);
        assertThat(out[2]).isNaN();
        assertThat(out[4]).isEqualTo(55.0);
    }

    @Test
    void twoArraysReadSideBySideGiveWhatEachGivesAlone() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        double[] together = new double[10];
        double[] alone = new double[5];
        for (int trial = 0; trial < 1000; trial++) {
            double[] a = new double[70];
            double[] b = new double[70];
            for (int i = 0; i < a.length; i++) {
                a[i] = random.nextInt(6) == 0 ? Double.NaN : 1 + random.nextInt(7) + random.nextDouble();
                b[i] = random.nextInt(3) == 0 ? Double.NaN : 40 + random.nextDouble() * 30;
            }
            int minForSd = random.nextInt(20);
            Stats.baselinesAndAfter(a, b, 35, 63, 70, minForSd, together);
            Stats.baselinesAndAfter(a, a, 35, 63, 70, minForSd, alone);
            assertThat(java.util.Arrays.copyOfRange(together, 0, 5)).containsExactly(alone);
            Stats.baselinesAndAfter(b, b, 35, 63, 70, minForSd, alone);
            assertThat(java.util.Arrays.copyOfRange(together, 5, 10)).containsExactly(alone);
        }
    }

    /** The reference: count, mean and sample SD of the recorded values in [from, to), range by range. */
    private static int moments(double[] values, int from, int to, double[] out) {
        int n = 0;
        double sum = 0;
        for (int i = from; i < to; i++) {
            double v = values[i];
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        double mean = n == 0 ? Double.NaN : sum / n;
        double ss = 0;
        if (n > 1) {
            for (int i = from; i < to; i++) {
                double v = values[i];
                if (!Double.isNaN(v)) {
                    ss += (v - mean) * (v - mean);
                }
            }
        }
        out[0] = n;
        out[1] = mean;
        out[2] = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        return n;
    }
}
