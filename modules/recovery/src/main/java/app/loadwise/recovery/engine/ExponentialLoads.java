package app.loadwise.recovery.engine;

import app.loadwise.recovery.engine.metrics.LoadSeries;
import app.loadwise.recovery.engine.metrics.Stats;
import java.util.ArrayList;
import java.util.List;

/**
 * The exponentially weighted loads day by day from an athlete's first record: EWMA acute (7 days) and chronic
 * (28 days), and Banister's fitness (CTL, 42 days) and fatigue (ATL, 7 days). Seeded at the mean known daily load of
 * the first 28 days; a day with an unknown load leaves every average unchanged. The EWMA ratio figure and the
 * ACWR spike rule both read this one series.
 */
final class ExponentialLoads {

    /** Days of history a figure of the series needs before it is given. */
    static final int BASELINE_DAYS = 28;

    private static final double LAMBDA_ACUTE = LoadSeries.ewmaLambda(7);
    private static final double LAMBDA_CHRONIC = LoadSeries.ewmaLambda(28);
    private static final double DECAY_CTL = LoadSeries.banisterDecay(LoadSeries.CTL_DAYS);
    private static final double DECAY_ATL = LoadSeries.banisterDecay(LoadSeries.ATL_DAYS);

    /** The averages at the end of one day; {@code historyDays} counts that day and those since the first record. */
    record Point(Day day, int historyDays, double ewmaAcute, double ewmaChronic, double ctl, double atl) {

        /** EWMA acute:chronic ratio, NaN without chronic load. */
        double ewmaRatio() {
            return ewmaChronic > 0 ? ewmaAcute / ewmaChronic : Double.NaN;
        }
    }

    private ExponentialLoads() {
    }

    /** One point per day of {@code days}, which start at the athlete's first record. */
    static List<Point> of(List<Day> days) {
        double[] firstLoads = new double[Math.min(BASELINE_DAYS, days.size())];
        for (int i = 0; i < firstLoads.length; i++) {
            firstLoads[i] = days.get(i).knownLoad();
        }
        double seed = Stats.mean(firstLoads, 0, firstLoads.length);
        if (Double.isNaN(seed)) {
            seed = 0;
        }
        double acute = seed;
        double chronic = seed;
        double ctl = seed;
        double atl = seed;
        List<Point> points = new ArrayList<>(days.size());
        for (Day day : days) {
            double load = day.knownLoad();
            if (!Double.isNaN(load)) {
                acute = LoadSeries.ewmaStep(acute, load, LAMBDA_ACUTE);
                chronic = LoadSeries.ewmaStep(chronic, load, LAMBDA_CHRONIC);
                ctl = LoadSeries.banisterStep(ctl, load, DECAY_CTL);
                atl = LoadSeries.banisterStep(atl, load, DECAY_ATL);
            }
            points.add(new Point(day, points.size() + 1, acute, chronic, ctl, atl));
        }
        return points;
    }
}
