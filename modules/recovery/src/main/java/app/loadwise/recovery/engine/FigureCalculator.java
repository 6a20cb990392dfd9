package app.loadwise.recovery.engine;

import static java.lang.Double.NaN;

import app.loadwise.recovery.engine.metrics.Baseline;
import app.loadwise.recovery.engine.metrics.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Works out a week's figures from its days: each group of figures is one small function over days. */
final class FigureCalculator {

    /** Days of history before ratios, EWMA and fitness figures are given. */
    static final int BASELINE_DAYS = ExponentialLoads.BASELINE_DAYS;
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

    private FigureCalculator() {
    }

    static WeekFigures compute(Week week) {
        int historyDays = week.historyDays();
        List<ExponentialLoads.Point> series = historyDays >= BASELINE_DAYS ? week.exponentialLoads() : null;
        double weeklyLoad = weeklyLoad(week);
        return new WeekFigures(weeklyLoad, dayFigures(week), coverage(week), ratios(week, series),
                fitness(series), variation(week, weeklyLoad), counts(week), runSpike(week), wellness(week));
    }

    /** The sum of the elapsed days' known session loads. */
    static double weeklyLoad(Week week) {
        double sum = 0;
        for (Day day : week.days()) {
            sum += day.load();
        }
        return sum;
    }

    /** Monday to Sunday; days after the as-of date are not known yet. */
    static List<DayFigure> dayFigures(Week week) {
        List<Day> days = week.days();
        List<DayFigure> figures = new ArrayList<>(7);
        for (int i = 0; i < 7; i++) {
            if (i < days.size()) {
                Day day = days.get(i);
                figures.add(new DayFigure(day.date(), day.status(), day.load(), day.isHard()));
            } else {
                figures.add(new DayFigure(week.isoWeek().monday().plusDays(i), DayStatus.NOT_YET, 0, false));
            }
        }
        return figures;
    }

    static WeekFigures.Coverage coverage(Week week) {
        List<Day> days = week.days();
        int recorded = 0;
        int unknown = 0;
        for (Day day : days) {
            recorded += day.isRecorded() ? 1 : 0;
            unknown += day.status() == DayStatus.UNKNOWN ? 1 : 0;
        }
        int history = week.historyDays();
        return new WeekFigures.Coverage(days.size(), recorded, unknown, history,
                history >= BASELINE_DAYS ? FigureState.AVAILABLE : FigureState.BUILDING_BASELINE);
    }

    /**
     * Rolling ratios over the last 28 days: acute (last 7) and chronic (28) mean daily loads over known days, each
     * withheld by its own rule (5 of 7, 21 of 28 known); the ratios also need 28 days of history. The EWMA ratio
     * is the last point of the series (null below 28 days of history).
     */
    static WeekFigures.LoadRatios ratios(Week week, List<ExponentialLoads.Point> series) {
        double sumAcute = 0;
        double sumOlder = 0;
        int knownAcute = 0;
        int knownOlder = 0;
        List<Day> window = week.lastDays(28);
        for (int i = 0; i < window.size(); i++) {
            double load = window.get(i).knownLoad();
            if (Double.isNaN(load)) {
                continue;
            }
            if (i >= 21) {
                sumAcute += load;
                knownAcute++;
            } else {
                sumOlder += load;
                knownOlder++;
            }
        }
        double acute = knownAcute >= MIN_ACUTE_KNOWN ? sumAcute / knownAcute : NaN;
        double chronic = knownAcute + knownOlder >= MIN_CHRONIC_KNOWN
                ? (sumAcute + sumOlder) / (knownAcute + knownOlder) : NaN;
        FigureState rollingState;
        double rolling = NaN;
        double uncoupled = NaN;
        if (series == null) {
            rollingState = FigureState.BUILDING_BASELINE;
        } else if (knownAcute < MIN_ACUTE_KNOWN || knownAcute + knownOlder < MIN_CHRONIC_KNOWN) {
            rollingState = FigureState.INSUFFICIENT_DATA;
        } else if (chronic > 0) {
            // Days 8-28 hold at least 14 known days whenever the 28-day window holds 21.
            double older = sumOlder / knownOlder;
            rollingState = FigureState.AVAILABLE;
            rolling = acute / chronic;
            uncoupled = older > 0 ? acute / older : NaN;
        } else {
            rollingState = FigureState.NO_LOAD;
        }
        if (series == null) {
            return new WeekFigures.LoadRatios(rollingState, acute, chronic, rolling, uncoupled,
                    FigureState.BUILDING_BASELINE, NaN, NaN, NaN);
        }
        ExponentialLoads.Point last = series.get(series.size() - 1);
        boolean load = last.ewmaChronic() > 0;
        return new WeekFigures.LoadRatios(rollingState, acute, chronic, rolling, uncoupled,
                load ? FigureState.AVAILABLE : FigureState.NO_LOAD, last.ewmaAcute(), last.ewmaChronic(),
                load ? last.ewmaRatio() : NaN);
    }

    /** CTL, ATL and TSB at the last point; the ramp rate needs a week more than the 28 days of history. */
    static WeekFigures.FitnessFatigue fitness(List<ExponentialLoads.Point> series) {
        if (series == null) {
            return new WeekFigures.FitnessFatigue(FigureState.BUILDING_BASELINE, NaN, NaN, NaN, NaN);
        }
        ExponentialLoads.Point last = series.get(series.size() - 1);
        double ramp = series.size() >= BASELINE_DAYS + 7 ? last.ctl() - series.get(series.size() - 8).ctl() : NaN;
        return new WeekFigures.FitnessFatigue(FigureState.AVAILABLE, last.ctl(), last.atl(), last.ctl() - last.atl(),
                ramp);
    }

    /** Monotony and strain of a complete week, with the usual strain and load of up to four earlier weeks. */
    static WeekFigures.Variation variation(Week week, double weeklyLoad) {
        double usualStrainSum = 0;
        double usualLoadSum = 0;
        int strainWeeks = 0;
        int loadWeeks = 0;
        for (int k = 1; k <= USUAL_WEEKS; k++) {
            double[] loads = Stats.values(week.daysBefore(7 * k).subList(0, 7), Day::knownLoad);
            if (Stats.count(loads, 0, 7) < 7) {
                continue;
            }
            double sum = 0;
            for (double load : loads) {
                sum += load;
            }
            usualLoadSum += sum;
            loadWeeks++;
            double m = Stats.monotony(loads, 0);
            if (!Double.isNaN(m)) {
                usualStrainSum += sum * m;
                strainWeeks++;
            }
        }
        double usualStrain = strainWeeks >= MIN_USUAL_WEEKS ? usualStrainSum / strainWeeks : NaN;
        double usualLoad = loadWeeks >= MIN_USUAL_WEEKS ? usualLoadSum / loadWeeks : NaN;

        if (!week.isComplete()) {
            return new WeekFigures.Variation(FigureState.INCOMPLETE_WEEK, NaN, NaN, usualStrain, usualLoad);
        }
        double[] loads = Stats.values(week.days(), Day::knownLoad);
        if (Stats.count(loads, 0, 7) < 7) {
            return new WeekFigures.Variation(FigureState.INSUFFICIENT_DATA, NaN, NaN, usualStrain, usualLoad);
        }
        if (weeklyLoad <= 0) {
            return new WeekFigures.Variation(FigureState.NO_LOAD, NaN, NaN, usualStrain, usualLoad);
        }
        double m = Stats.monotony(loads, 0);
        if (Double.isNaN(m)) {
            return new WeekFigures.Variation(FigureState.NO_VARIATION, NaN, NaN, usualStrain, usualLoad);
        }
        return new WeekFigures.Variation(FigureState.AVAILABLE, m, weeklyLoad * m, usualStrain, usualLoad);
    }

    static WeekFigures.DayCounts counts(Week week) {
        int hard = 0;
        int rest = 0;
        int easyOrRest = 0;
        int streak = 0;
        int longest = 0;
        int speed = 0;
        int strength = 0;
        for (Day day : week.days()) {
            if (day.isRest()) {
                rest++;
            }
            if (day.isRest() || (day.hasSession() && !day.hasNonBufferSession())) {
                easyOrRest++;
            }
            if (day.isHard()) {
                hard++;
                streak++;
                longest = Math.max(longest, streak);
            } else {
                streak = 0;
            }
            if (day.hasSpeedWork()) {
                speed++;
            }
            strength += day.strengthSessions();
        }
        return new WeekFigures.DayCounts(hard, rest, easyOrRest, longest, speed, strength);
    }

    /**
     * The run of the week that most exceeds the longest run of the 30 days before it: by distance when both have
     * one, else by moving minutes. A run is judged once the athlete's history reaches 30 days before it.
     */
    static WeekFigures.RunSpike runSpike(Week week) {
        boolean anyRun = false;
        boolean anyBuilding = false;
        LoggedSession best = null;
        Day bestDay = null;
        WeekFigures.SpikeBasis bestBasis = null;
        double bestValue = 0;
        double bestRef = 0;
        double bestRatio = 0;
        for (Day day : week.days()) {
            for (LoggedSession s : day.sessions()) {
                if (!s.isRun()) {
                    continue;
                }
                anyRun = true;
                if (week.historyBefore(day) < SPIKE_WINDOW_DAYS) {
                    anyBuilding = true;
                    continue;
                }
                List<Day> before = week.daysBefore(day, SPIKE_WINDOW_DAYS);
                double refKm = max(before, Day::longestRunKm);
                double refMinutes = max(before, Day::longestRunMinutes);
                double km = s.session().distanceKm();
                double minutes = s.session().movingMinutes();
                WeekFigures.SpikeBasis basis;
                double value;
                double ref;
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
                if (best == null || ratio > bestRatio
                        || (ratio == bestRatio && day == bestDay && s.id().compareTo(best.id()) < 0)) {
                    best = s;
                    bestDay = day;
                    bestBasis = basis;
                    bestValue = value;
                    bestRef = ref;
                    bestRatio = ratio;
                }
            }
        }
        if (best != null) {
            return new WeekFigures.RunSpike(FigureState.AVAILABLE, best.id(), bestDay.date(), bestBasis, bestValue,
                    bestRef, bestRatio);
        }
        FigureState state = !anyRun ? FigureState.NO_LOAD
                : anyBuilding ? FigureState.BUILDING_BASELINE : FigureState.NO_REFERENCE;
        return new WeekFigures.RunSpike(state, null, null, null, NaN, NaN, NaN);
    }

    private static double max(List<Day> days, ToDoubleFunction<Day> value) {
        double max = 0;
        for (Day day : days) {
            max = Math.max(max, value.applyAsDouble(day));
        }
        return max;
    }

    static WeekFigures.Wellness wellness(Week week) {
        double[] sleep = Stats.values(week.days(), Day::sleepHours);
        int nights = Stats.count(sleep, 0, sleep.length);
        double averageSleep = nights == 0 ? NaN : Stats.mean(sleep, 0, sleep.length);
        List<Day> physioBase = week.daysBefore(PHYSIO_BASELINE_DAYS);
        return new WeekFigures.Wellness(averageSleep, nights,
                physio(Trend.of(week, physioBase, Day::restingHeartRate, MIN_PHYSIO_READINGS)),
                physio(Trend.of(week, physioBase, Day::hrv, MIN_PHYSIO_READINGS)), hooper(week));
    }

    /** A measure's baseline before the week, and its readings and mean in the week. */
    private record Trend(Baseline baseline, int weekReadings, double weekMean) {

        static Trend of(Week week, List<Day> before, ToDoubleFunction<Day> value, int minForSd) {
            double[] during = Stats.values(week.days(), value);
            return new Trend(Baseline.of(Stats.values(before, value), minForSd),
                    Stats.count(during, 0, during.length), Stats.mean(during, 0, during.length));
        }

        /** The week's z-score against the baseline; NaN without week readings or a full baseline with spread. */
        double itemZ() {
            if (weekReadings == 0 || baseline.readings() < MIN_HOOPER_READINGS) {
                return NaN;
            }
            return baseline.zScore(weekMean);
        }
    }

    private static WeekFigures.PhysioTrend physio(Trend t) {
        Baseline b = t.baseline();
        if (b.readings() < MIN_PHYSIO_READINGS) {
            return new WeekFigures.PhysioTrend(FigureState.BUILDING_BASELINE, t.weekMean(), NaN, NaN, NaN,
                    t.weekReadings(), b.readings());
        }
        if (t.weekReadings() == 0) {
            return new WeekFigures.PhysioTrend(FigureState.INSUFFICIENT_DATA, NaN, b.mean(), b.sd(), NaN, 0,
                    b.readings());
        }
        if (b.sd() == 0) {
            return new WeekFigures.PhysioTrend(FigureState.NO_VARIATION, t.weekMean(), b.mean(), b.sd(), NaN,
                    t.weekReadings(), b.readings());
        }
        return new WeekFigures.PhysioTrend(FigureState.AVAILABLE, t.weekMean(), b.mean(), b.sd(),
                (t.weekMean() - b.mean()) / b.sd(), t.weekReadings(), b.readings());
    }

    /** The Hooper index of the week against the 28 days before it, and each item's z-score. */
    private static WeekFigures.Hooper hooper(Week week) {
        List<Day> before = week.daysBefore(HOOPER_BASELINE_DAYS);
        Trend index = Trend.of(week, before, Day::hooperIndex, MIN_HOOPER_READINGS);
        Baseline b = index.baseline();
        if (b.readings() < MIN_HOOPER_READINGS) {
            return new WeekFigures.Hooper(FigureState.BUILDING_BASELINE, index.weekMean(), NaN, NaN, NaN, NaN, NaN,
                    NaN, NaN, NaN);
        }
        FigureState state = index.weekReadings() == 0 ? FigureState.INSUFFICIENT_DATA
                : b.sd() == 0 ? FigureState.NO_VARIATION : FigureState.AVAILABLE;
        double z = state == FigureState.AVAILABLE ? (index.weekMean() - b.mean()) / b.sd() : NaN;
        return new WeekFigures.Hooper(state, index.weekMean(), b.mean(), b.sd(), z,
                Trend.of(week, before, Day::sleepQuality, MIN_HOOPER_READINGS).itemZ(),
                Trend.of(week, before, Day::fatigue, MIN_HOOPER_READINGS).itemZ(),
                Trend.of(week, before, Day::stress, MIN_HOOPER_READINGS).itemZ(),
                Trend.of(week, before, Day::mood, MIN_HOOPER_READINGS).itemZ(),
                Trend.of(week, before, Day::soreness, MIN_HOOPER_READINGS).itemZ());
    }
}
