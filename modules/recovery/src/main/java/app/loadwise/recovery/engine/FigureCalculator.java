package app.loadwise.recovery.engine;

import static java.lang.Double.NaN;

import app.loadwise.domain.training.SessionType;
import app.loadwise.recovery.engine.metrics.LoadSeries;
import app.loadwise.recovery.engine.metrics.Stats;
import java.util.List;

/** Works out the week's figures from a {@link WeekContext}. */
final class FigureCalculator {

    /** Days of history before ratios, EWMA and fitness figures are given. */
    static final int BASELINE_DAYS = 28;
    /** Known days needed in the 7-day and 28-day windows of the rolling ratios. */
    static final int MIN_ACUTE_KNOWN = 5;
    static final int MIN_CHRONIC_KNOWN = 21;
    /** Days before the week that make the morning-physiology baseline, and readings it needs. */
    static final int PHYSIO_BASELINE_DAYS = 60;
    static final int MIN_PHYSIO_READINGS = 14;
    /** Days before the week that make the Hooper baseline, and readings it needs. */
    static final int HOOPER_BASELINE_DAYS = 28;
    static final int MIN_HOOPER_READINGS = 10;
    /** Earlier complete weeks averaged into the athlete's usual strain, and how many are needed. */
    static final int USUAL_WEEKS = 4;
    static final int MIN_USUAL_WEEKS = 2;
    static final int SPIKE_WINDOW_DAYS = 30;

    private static final double LAMBDA_ACUTE = LoadSeries.ewmaLambda(7);
    private static final double LAMBDA_CHRONIC = LoadSeries.ewmaLambda(28);
    private static final double DECAY_CTL = LoadSeries.banisterDecay(LoadSeries.CTL_DAYS);
    private static final double DECAY_ATL = LoadSeries.banisterDecay(LoadSeries.ATL_DAYS);

    private FigureCalculator() {
    }

    static WeekFigures compute(WeekContext c) {
        int last = c.last;
        int historyDays = c.firstRecord < 0 || c.firstRecord > last ? 0 : last - c.firstRecord + 1;

        double weeklyLoad = 0;
        DayFigure[] days = new DayFigure[7];
        int daysWithRecord = 0;
        int unknownDays = 0;
        for (int d = c.monday; d <= c.sunday; d++) {
            DayStatus s = d <= last ? c.status(d) : DayStatus.NOT_YET;
            double l = d <= last ? c.load[d] : 0;
            days[d - c.monday] = new DayFigure(c.date(d), s, l, d <= last && c.has(d, WeekContext.HARD));
            if (d <= last) {
                weeklyLoad += l;
                if (c.has(d, WeekContext.RECORDED)) {
                    daysWithRecord++;
                }
                if (s == DayStatus.UNKNOWN) {
                    unknownDays++;
                }
            }
        }
        FigureState baseline = historyDays >= BASELINE_DAYS ? FigureState.AVAILABLE : FigureState.BUILDING_BASELINE;
        WeekFigures.Coverage coverage = new WeekFigures.Coverage(last - c.monday + 1, daysWithRecord, unknownDays,
                historyDays, baseline);

        double[] series = historyDays >= BASELINE_DAYS ? runExponential(c) : null;
        return new WeekFigures(weeklyLoad, List.of(days), coverage,
                ratios(c, historyDays, series), fitness(historyDays, series), variation(c, weeklyLoad), counts(c),
                runSpike(c), wellness(c));
    }

    private static WeekFigures.LoadRatios ratios(WeekContext c, int historyDays, double[] e) {
        int last = c.last;
        FigureState rollingState;
        double acute = NaN;
        double chronic = NaN;
        double rolling = NaN;
        double uncoupled = NaN;
        // One pass over the 28-day window: the last 7 days (acute) and days 8-28 (the uncoupled chronic).
        double sumAcute = 0;
        double sumOlder = 0;
        int knownAcute = 0;
        int knownOlder = 0;
        for (int d = last - 27; d <= last; d++) {
            double v = c.knownLoad[d];
            if (v == v) {
                if (d > last - 7) {
                    sumAcute += v;
                    knownAcute++;
                } else {
                    sumOlder += v;
                    knownOlder++;
                }
            }
        }
        // The acute and chronic means are each withheld by their own rule (5 of the last 7, 21 of the last 28 days
        // known), not by the history; the ratios need both and 28 days of history.
        if (knownAcute >= MIN_ACUTE_KNOWN) {
            acute = sumAcute / knownAcute;
        }
        if (knownAcute + knownOlder >= MIN_CHRONIC_KNOWN) {
            chronic = (sumAcute + sumOlder) / (knownAcute + knownOlder);
        }
        if (historyDays < BASELINE_DAYS) {
            rollingState = FigureState.BUILDING_BASELINE;
        } else if (knownAcute < MIN_ACUTE_KNOWN || knownAcute + knownOlder < MIN_CHRONIC_KNOWN) {
            rollingState = FigureState.INSUFFICIENT_DATA;
        } else {
            // Days 8-28 hold at least 14 known days whenever the 28-day window holds 21.
            double older = sumOlder / knownOlder;
            if (chronic > 0) {
                rollingState = FigureState.AVAILABLE;
                rolling = acute / chronic;
                uncoupled = older > 0 ? acute / older : NaN;
            } else {
                rollingState = FigureState.NO_LOAD;
            }
        }

        FigureState ewmaState;
        double ewmaAcute = NaN;
        double ewmaChronic = NaN;
        double ewma = NaN;
        if (historyDays < BASELINE_DAYS) {
            ewmaState = FigureState.BUILDING_BASELINE;
        } else {
            ewmaAcute = e[0];
            ewmaChronic = e[1];
            if (e[1] > 0) {
                ewmaState = FigureState.AVAILABLE;
                ewma = e[0] / e[1];
            } else {
                ewmaState = FigureState.NO_LOAD;
            }
        }
        return new WeekFigures.LoadRatios(rollingState, acute, chronic, rolling, uncoupled, ewmaState, ewmaAcute,
                ewmaChronic, ewma);
    }

    private static WeekFigures.FitnessFatigue fitness(int historyDays, double[] e) {
        if (historyDays < BASELINE_DAYS) {
            return new WeekFigures.FitnessFatigue(FigureState.BUILDING_BASELINE, NaN, NaN, NaN, NaN);
        }
        double ramp = historyDays >= BASELINE_DAYS + 7 ? e[2] - e[4] : NaN;
        return new WeekFigures.FitnessFatigue(FigureState.AVAILABLE, e[2], e[3], e[2] - e[3], ramp);
    }

    /**
     * Runs the EWMA and Banister series from the first record to the last known day. Seeded at the mean known
     * daily load of the first 28 days; unknown days leave every average unchanged (imputed at its own value).
     * Returns {EWMA acute, EWMA chronic, CTL, ATL, CTL seven days before the last day}.
     */
    static double[] runExponential(WeekContext c) {
        int from = c.firstRecord;
        int last = c.last;
        double seed = Stats.mean(c.knownLoad, from, Math.min(from + BASELINE_DAYS, last + 1));
        if (Double.isNaN(seed)) {
            seed = 0;
        }
        double ea = seed;
        double ec = seed;
        double ctl = seed;
        double atl = seed;
        double ctlWeekBefore = seed;
        for (int d = from; d <= last; d++) {
            double l = c.knownLoad[d];
            if (!Double.isNaN(l)) {
                ea = LoadSeries.ewmaStep(ea, l, LAMBDA_ACUTE);
                ec = LoadSeries.ewmaStep(ec, l, LAMBDA_CHRONIC);
                ctl = LoadSeries.banisterStep(ctl, l, DECAY_CTL);
                atl = LoadSeries.banisterStep(atl, l, DECAY_ATL);
            }
            if (d == last - 7) {
                ctlWeekBefore = ctl;
            }
        }
        return new double[] {ea, ec, ctl, atl, ctlWeekBefore};
    }

    private static WeekFigures.Variation variation(WeekContext c, double weeklyLoad) {
        double usualStrainSum = 0;
        double usualLoadSum = 0;
        int strainWeeks = 0;
        int loadWeeks = 0;
        for (int k = 1; k <= USUAL_WEEKS; k++) {
            int from = c.monday - 7 * k;
            if (Stats.count(c.knownLoad, from, from + 7) < 7) {
                continue;
            }
            double sum = 0;
            for (int d = from; d < from + 7; d++) {
                sum += c.knownLoad[d];
            }
            usualLoadSum += sum;
            loadWeeks++;
            double m = Stats.monotony(c.knownLoad, from);
            if (!Double.isNaN(m)) {
                usualStrainSum += sum * m;
                strainWeeks++;
            }
        }
        double usualStrain = strainWeeks >= MIN_USUAL_WEEKS ? usualStrainSum / strainWeeks : NaN;
        double usualLoad = loadWeeks >= MIN_USUAL_WEEKS ? usualLoadSum / loadWeeks : NaN;

        if (!c.weekComplete) {
            return new WeekFigures.Variation(FigureState.INCOMPLETE_WEEK, NaN, NaN, usualStrain, usualLoad);
        }
        if (Stats.count(c.knownLoad, c.monday, c.sunday + 1) < 7) {
            return new WeekFigures.Variation(FigureState.INSUFFICIENT_DATA, NaN, NaN, usualStrain, usualLoad);
        }
        if (weeklyLoad <= 0) {
            return new WeekFigures.Variation(FigureState.NO_LOAD, NaN, NaN, usualStrain, usualLoad);
        }
        double m = Stats.monotony(c.knownLoad, c.monday);
        if (Double.isNaN(m)) {
            return new WeekFigures.Variation(FigureState.NO_VARIATION, NaN, NaN, usualStrain, usualLoad);
        }
        return new WeekFigures.Variation(FigureState.AVAILABLE, m, weeklyLoad * m, usualStrain, usualLoad);
    }

    private static WeekFigures.DayCounts counts(WeekContext c) {
        int hard = 0;
        int rest = 0;
        int easyOrRest = 0;
        int streak = 0;
        int longest = 0;
        int speed = 0;
        int strength = 0;
        for (int d = c.monday; d <= c.last; d++) {
            DayStatus s = c.status(d);
            boolean isRest = s == DayStatus.REST || s == DayStatus.IMPLIED_REST;
            if (isRest) {
                rest++;
            }
            if (isRest || (c.has(d, WeekContext.SESSION) && !c.has(d, WeekContext.NON_BUFFER))) {
                easyOrRest++;
            }
            if (c.has(d, WeekContext.HARD)) {
                hard++;
                streak++;
                longest = Math.max(longest, streak);
            } else {
                streak = 0;
            }
            if (c.has(d, WeekContext.SPEED)) {
                speed++;
            }
            if (c.has(d, WeekContext.STRENGTH)) {
                for (int i = c.dayHead[d]; i >= 0; i = c.nextInDay[i]) {
                    if (c.type(i) == SessionType.STRENGTH) {
                        strength++;
                    }
                }
            }
        }
        return new WeekFigures.DayCounts(hard, rest, easyOrRest, longest, speed, strength);
    }

    private static WeekFigures.RunSpike runSpike(WeekContext c) {
        boolean anyRun = false;
        boolean anyBuilding = false;
        int best = -1;
        int bestDay = -1;
        WeekFigures.SpikeBasis bestBasis = null;
        double bestValue = 0;
        double bestRef = 0;
        double bestRatio = 0;
        double[] longestKm = null;
        double[] longestMinutes = null;
        for (int d = c.monday; d <= c.last; d++) {
            for (int i = c.dayHead[d]; i >= 0; i = c.nextInDay[i]) {
                if (!c.type(i).isRun()) {
                    continue;
                }
                anyRun = true;
                if (c.firstRecord < 0 || c.firstRecord > d - SPIKE_WINDOW_DAYS) {
                    anyBuilding = true;
                    continue;
                }
                if (longestKm == null) {
                    longestKm = longestBefore(c.longestRunKm, c.monday);
                    longestMinutes = longestBefore(c.longestRunMinutes, c.monday);
                }
                double refKm = longestKm[d - c.monday];
                double refMinutes = longestMinutes[d - c.monday];
                WeekFigures.SpikeBasis basis;
                double value;
                double ref;
                double km = c.distanceKm(i);
                double minutes = c.movingMinutes(i);
                if (km > 0 && refKm > 0) {
                    basis = WeekFigures.SpikeBasis.DISTANCE_KM;
                    value = km;
                    ref = refKm;
                } else if (minutes > 0 && refMinutes > 0) {
                    basis = WeekFigures.SpikeBasis.MOVING_MINUTES;
                    value = minutes;
                    ref = refMinutes;
                } else {
                    continue;
                }
                double ratio = value / ref;
                if (best < 0 || ratio > bestRatio
                        || (ratio == bestRatio && d == bestDay && c.id(i).compareTo(c.id(best)) < 0)) {
                    best = i;
                    bestDay = d;
                    bestBasis = basis;
                    bestValue = value;
                    bestRef = ref;
                    bestRatio = ratio;
                }
            }
        }
        if (best >= 0) {
            return new WeekFigures.RunSpike(FigureState.AVAILABLE, c.id(best), c.date(bestDay), bestBasis,
                    bestValue, bestRef, bestRatio);
        }
        FigureState state = !anyRun ? FigureState.NO_LOAD
                : anyBuilding ? FigureState.BUILDING_BASELINE : FigureState.NO_REFERENCE;
        return new WeekFigures.RunSpike(state, null, null, null, NaN, NaN, NaN);
    }

    /**
     * The longest run of the 30 days before each day of the week, from a day array of longest runs (0 without
     * one): the days before the week read once, backwards from the Sunday before, then the week's days added in
     * turn. A week day's value counts only days before it.
     */
    private static double[] longestBefore(double[] longest, int monday) {
        double[] before = new double[7];
        double max = 0;
        for (int p = monday - 1; p >= monday - SPIKE_WINDOW_DAYS + 7; p--) {
            max = Math.max(max, longest[p]);
        }
        for (int j = 6; j >= 0; j--) {
            max = Math.max(max, longest[monday - SPIKE_WINDOW_DAYS + j]);
            before[j] = max;
        }
        max = 0;
        for (int j = 1; j < 7; j++) {
            max = Math.max(max, longest[monday + j - 1]);
            before[j] = Math.max(before[j], max);
        }
        return before;
    }

    private static WeekFigures.Wellness wellness(WeekContext c) {
        int to = c.last + 1;
        int nights = Stats.count(c.sleepHours, c.monday, to);
        double sleep = nights == 0 ? NaN : Stats.mean(c.sleepHours, c.monday, to);
        double[] m = new double[10];
        Stats.baselinesAndAfter(c.restingHr, c.hrv, c.monday - PHYSIO_BASELINE_DAYS, c.monday, to, MIN_PHYSIO_READINGS, m);
        WeekFigures.PhysioTrend restingHr = physio(m, 0);
        WeekFigures.PhysioTrend hrv = physio(m, 5);
        return new WeekFigures.Wellness(sleep, nights, restingHr, hrv, hooper(c, to, m));
    }

    /** The trend of one measure from its {@link Stats#baselinesAndAfter} results at {@code m[at..at+4]}. */
    private static WeekFigures.PhysioTrend physio(double[] m, int at) {
        int baseReadings = (int) m[at];
        double mean = m[at + 1];
        double sd = m[at + 2];
        int weekReadings = (int) m[at + 3];
        double weekMean = m[at + 4];
        if (baseReadings < MIN_PHYSIO_READINGS) {
            return new WeekFigures.PhysioTrend(FigureState.BUILDING_BASELINE, weekMean, NaN, NaN, NaN,
                    weekReadings, baseReadings);
        }
        if (weekReadings == 0) {
            return new WeekFigures.PhysioTrend(FigureState.INSUFFICIENT_DATA, NaN, mean, sd, NaN, 0, baseReadings);
        }
        if (sd == 0) {
            return new WeekFigures.PhysioTrend(FigureState.NO_VARIATION, weekMean, mean, sd, NaN, weekReadings,
                    baseReadings);
        }
        return new WeekFigures.PhysioTrend(FigureState.AVAILABLE, weekMean, mean, sd, (weekMean - mean) / sd,
                weekReadings, baseReadings);
    }

    /** The Hooper index and its items, read two arrays at a time. */
    private static WeekFigures.Hooper hooper(WeekContext c, int to, double[] m) {
        int from = c.monday - HOOPER_BASELINE_DAYS;
        Stats.baselinesAndAfter(c.hooperIndex, c.sleepQuality, from, c.monday, to, MIN_HOOPER_READINGS, m);
        double weekMean = m[4];
        if (m[0] < MIN_HOOPER_READINGS) {
            return new WeekFigures.Hooper(FigureState.BUILDING_BASELINE, weekMean, NaN, NaN, NaN, NaN, NaN, NaN,
                    NaN, NaN);
        }
        double mean = m[1];
        double sd = m[2];
        FigureState state = m[3] == 0 ? FigureState.INSUFFICIENT_DATA
                : sd == 0 ? FigureState.NO_VARIATION : FigureState.AVAILABLE;
        double z = state == FigureState.AVAILABLE ? (weekMean - mean) / sd : NaN;
        double sleepQualityZ = itemZ(m, 5);
        Stats.baselinesAndAfter(c.fatigue, c.stress, from, c.monday, to, MIN_HOOPER_READINGS, m);
        double fatigueZ = itemZ(m, 0);
        double stressZ = itemZ(m, 5);
        Stats.baselinesAndAfter(c.mood, c.soreness, from, c.monday, to, MIN_HOOPER_READINGS, m);
        return new WeekFigures.Hooper(state, weekMean, mean, sd, z, sleepQualityZ, fatigueZ, stressZ, itemZ(m, 0),
                itemZ(m, 5));
    }

    /** An item's z-score from its {@link Stats#baselinesAndAfter} results at {@code m[at..at+4]}. */
    private static double itemZ(double[] m, int at) {
        if (m[at + 3] == 0 || m[at] < MIN_HOOPER_READINGS || !(m[at + 2] > 0)) {
            return NaN;
        }
        return (m[at + 4] - m[at + 1]) / m[at + 2];
    }
}
