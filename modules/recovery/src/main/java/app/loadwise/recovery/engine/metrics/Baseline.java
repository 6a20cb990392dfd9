package app.loadwise.recovery.engine.metrics;

/**
 * An athlete's usual level of one measure: how many readings there were, their mean, and their sample SD (NaN
 * below the readings an SD needs).
 */
public record Baseline(int readings, double mean, double sd) {

    /** The baseline of {@code values} (NaN for not recorded); the SD needs at least {@code minForSd} readings and two. */
    public static Baseline of(double[] values, int minForSd) {
        int readings = Stats.count(values, 0, values.length);
        double sd = readings > 1 && readings >= minForSd ? Stats.sampleSd(values, 0, values.length) : Double.NaN;
        return new Baseline(readings, Stats.mean(values, 0, values.length), sd);
    }

    /** How far {@code value} lies from the mean in SDs; NaN without an SD above 0. */
    public double zScore(double value) {
        return sd > 0 ? (value - mean) / sd : Double.NaN;
    }
}
