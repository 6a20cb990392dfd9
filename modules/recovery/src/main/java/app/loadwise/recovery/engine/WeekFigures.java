package app.loadwise.recovery.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of one athlete-week. Loads are in session-RPE units (AU). A figure that could not be worked
 * out is {@code NaN} (see {@link #workedOut(double)}) and its group's {@link FigureState} says why; unknown days
 * are never counted as rest. Figures are primitives, so an assessment boxes none of them.
 * Ratios, EWMA and fitness figures are taken at the last known day (the Sunday, or the as-of date).
 */
public record WeekFigures(
        double weeklyLoad,
        List<DayFigure> days,
        Coverage coverage,
        LoadRatios ratios,
        FitnessFatigue fitness,
        Variation variation,
        DayCounts counts,
        RunSpike runSpike,
        Wellness wellness) {

    public WeekFigures {
        days = List.copyOf(days);
    }

    /** Whether a figure was worked out (is not NaN). */
    public static boolean workedOut(double figure) {
        return !Double.isNaN(figure);
    }

    /**
     * Data coverage: days of the week elapsed up to the as-of date, days with any record, unknown days, and
     * days of history since the first record ({@code baseline} is BUILDING_BASELINE below 28).
     */
    public record Coverage(int daysElapsed, int daysWithRecord, int unknownDays, int historyDays, FigureState baseline) {
    }

    /**
     * Acute (7-day) and chronic (28-day) mean daily loads over known days; the rolling coupled ratio
     * acute/chronic, the uncoupled ratio acute/mean(days 8-28), and the EWMA ratio (Williams et al. 2017).
     * {@code rollingState} is the state of the two rolling ratios; the acute mean is given whenever 5 of the last 7
     * days are known and the chronic mean whenever 21 of the last 28 are, whatever the history (NaN otherwise).
     */
    public record LoadRatios(FigureState rollingState, double acuteDailyLoad, double chronicDailyLoad, double rolling,
                             double uncoupled, FigureState ewmaState, double ewmaAcute, double ewmaChronic,
                             double ewma) {
    }

    /**
     * Banister fitness (CTL, tau 42 d) and fatigue (ATL, tau 7 d) after the last known day's training;
     * {@code tsb} = CTL - ATL, the form going into the next day; {@code rampRate} = CTL change over 7 days.
     */
    public record FitnessFatigue(FigureState state, double ctl, double atl, double tsb, double rampRate) {
    }

    /**
     * Foster's monotony (mean / population SD of the 7 daily loads, rest days 0) and strain (weekly load x
     * monotony), with the athlete's usual strain and weekly load (mean of up to 4 earlier complete weeks).
     */
    public record Variation(FigureState state, double monotony, double strain, double usualStrain,
                            double usualWeeklyLoad) {
    }

    /** Counts over the known days of the week. */
    public record DayCounts(int hardDays, int restDays, int easyOrRestDays, int longestHardStreak, int speedDays,
                            int strengthSessions) {
    }

    /** What a single-run spike is measured in. */
    public enum SpikeBasis { DISTANCE_KM, MOVING_MINUTES }

    /**
     * The week's biggest single-run spike (Frandsen 2025): the run whose length most exceeds the longest run
     * of the 30 days before it, by distance when recorded, else by moving minutes.
     */
    public record RunSpike(FigureState state, String sessionId, LocalDate date, SpikeBasis basis, double value,
                           double previousLongest, double ratio) {
    }

    /** Sleep, morning physiology against the 60-day baseline, and the Hooper index against 28 days. */
    public record Wellness(double averageSleepHours, int nightsWithSleep, PhysioTrend restingHeartRate,
                           PhysioTrend hrv, Hooper hooper) {
    }

    /**
     * The week's mean of a morning measure against the athlete's own mean and sample SD over the 60 days
     * before the week; {@code zScore} = (week mean - baseline mean) / baseline SD.
     */
    public record PhysioTrend(FigureState state, double weekMean, double baselineMean, double baselineSd,
                              double zScore, int weekReadings, int baselineReadings) {
    }

    /**
     * Hooper index (sleep quality + fatigue + stress + soreness, each 1-7, higher is worse) for the week,
     * against the 28 days before it; per-item z-scores of the week's mean (mood included).
     */
    public record Hooper(FigureState state, double weekMeanIndex, double baselineMeanIndex, double baselineSdIndex,
                         double indexZ, double sleepQualityZ, double fatigueZ, double stressZ, double moodZ,
                         double sorenessZ) {
    }
}
