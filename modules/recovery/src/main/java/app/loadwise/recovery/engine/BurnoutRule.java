package app.loadwise.recovery.engine;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Overcooked: on enough days of the week, at least the given number of signs together — high fatigue; poor
 * sleep; low mood or high stress; resting heart rate up or HRV down against the athlete's 60-day baseline.
 * The physiological sign needs that baseline; SDs below 1 bpm or 1 ms are taken as 1. Mood swings count as a
 * mood sign too: a day whose mood moved at least {@link #MIN_SWING} points from the day before and more than the
 * athlete's usual day-to-day change (mean + 2 SD, SD at least 0.5, over the 28 days before the week, from
 * {@link #MIN_SWING_PAIRS} pairs of consecutive days).
 */
final class BurnoutRule implements CoachingRule {

    /** The smallest day-to-day mood change on the 1-7 scale that can be a swing. */
    static final double MIN_SWING = 2;
    /** Pairs of consecutive days with mood in the 28 days before the week that the usual change needs. */
    static final int MIN_SWING_PAIRS = 10;

    private static final SettingsCache<LevelRules.Burnout, List<Measure>> THRESHOLDS =
            new SettingsCache<>(BurnoutRule::thresholds);

    @Override
    public RuleId id() {
        return RuleId.BURNOUT;
    }

    @Override
    public void evaluate(WeekContext c, WeekFigures f, List<Finding> out) {
        LevelRules.Burnout b = c.rules.burnout();
        double rhrLimit = limit(f.wellness().restingHeartRate(), b.restingHrSdAbove());
        double hrvLimit = limit(f.wellness().hrv(), -b.hrvSdBelow());
        int days = 0;
        int fatigueDays = 0;
        int sleepDays = 0;
        int moodDays = 0;
        int physioDays = 0;
        int swingDays = 0;
        double largestSwing = 0;
        // The athlete's usual day-to-day mood change: {mean, SD, limit}, or null without enough pairs.
        double[] usual = usualMoodChange(c);
        int rhrDay = -1;
        int hrvDay = -1;
        List<LocalDate> dates = null;
        StringBuilder when = null;
        for (int d = c.monday; d <= c.last; d++) {
            boolean fatigue = c.fatigue[d] >= b.highFatigue();
            boolean sleep = c.sleepHours[d] < b.poorSleepHours() || c.sleepQuality[d] >= b.poorSleepQuality();
            double change = Math.abs(c.mood[d] - c.mood[d - 1]);
            boolean swing = usual != null && change >= MIN_SWING && change > usual[2];
            boolean moodOrStress = c.mood[d] >= b.lowMood() || c.stress[d] >= b.highStress() || swing;
            boolean physio = c.restingHr[d] > rhrLimit || c.hrv[d] < hrvLimit;
            int signs = (fatigue ? 1 : 0) + (sleep ? 1 : 0) + (moodOrStress ? 1 : 0) + (physio ? 1 : 0);
            if (signs < b.minSigns()) {
                continue;
            }
            days++;
            fatigueDays += fatigue ? 1 : 0;
            sleepDays += sleep ? 1 : 0;
            moodDays += moodOrStress ? 1 : 0;
            physioDays += physio ? 1 : 0;
            if (c.restingHr[d] > rhrLimit && (rhrDay < 0 || c.restingHr[d] > c.restingHr[rhrDay])) {
                rhrDay = d;
            }
            if (c.hrv[d] < hrvLimit && (hrvDay < 0 || c.hrv[d] < c.hrv[hrvDay])) {
                hrvDay = d;
            }
            if (swing) {
                swingDays++;
                largestSwing = Math.max(largestSwing, change);
            }
            if (dates == null) {
                dates = new ArrayList<>(7);
                when = new StringBuilder();
            } else {
                when.append(", ");
            }
            dates.add(c.date(d));
            when.append(c.dayText(d));
        }
        if (days < b.minDays()) {
            return;
        }
        out.add(new Finding(id(), Severity.RED,
                "Overcooked: " + b.minSigns() + " or more warning signs together on " + days + " days (" + when
                        + "). High fatigue on " + fatigueDays + ", poor sleep on " + sleepDays
                        + (swingDays == 0 ? ", low mood or high stress on " + moodDays
                                : ", low mood, high stress or mood swings on " + moodDays + " (swings on " + swingDays
                                + ": mood moved up to " + Texts.num0(largestSwing) + " points from one day to the next, "
                                + "against a usual change of " + Texts.num1(usual[0]) + " ± " + Texts.num1(usual[1])
                                + " points)")
                        + ", resting heart rate up or HRV down on " + physioDays
                        + physioText(c, f, rhrDay, hrvDay) + ".",
                "Back off now: replace the next hard sessions with rest or easy days until fatigue, sleep and mood "
                        + "recover, and talk with the athlete about stress outside training.",
                new Evidence(dates, List.of(), values(c, f, days, fatigueDays, sleepDays, moodDays, physioDays,
                        swingDays, largestSwing, usual, rhrDay, hrvDay),
                        thresholds(b, fatigueDays > 0, sleepDays > 0, moodDays > 0, physioDays > 0, rhrLimit, hrvLimit))));
    }

    /** " (resting HR 58 bpm on Wed 18 Mar against a baseline of 49 ± 2; HRV ...)", or "" without such a day. */
    private static String physioText(WeekContext c, WeekFigures f, int rhrDay, int hrvDay) {
        if (rhrDay < 0 && hrvDay < 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (");
        if (rhrDay >= 0) {
            WeekFigures.PhysioTrend t = f.wellness().restingHeartRate();
            sb.append("resting HR ").append(Texts.num0(c.restingHr[rhrDay])).append(" bpm on ").append(c.dayText(rhrDay))
                    .append(" against a baseline of ").append(Texts.num0(t.baselineMean())).append(" ± ")
                    .append(Texts.num1(t.baselineSd())).append(" bpm");
        }
        if (hrvDay >= 0) {
            WeekFigures.PhysioTrend t = f.wellness().hrv();
            sb.append(rhrDay >= 0 ? "; " : "").append("HRV ").append(Texts.num0(c.hrv[hrvDay])).append(" ms on ")
                    .append(c.dayText(hrvDay)).append(" against a baseline of ").append(Texts.num0(t.baselineMean()))
                    .append(" ± ").append(Texts.num1(t.baselineSd())).append(" ms");
        }
        return sb.append(')').toString();
    }

    /**
     * The thresholds that help read this finding: signs and days needed, and those of the signs seen, with the
     * athlete's own resting HR and HRV limits in bpm and ms.
     */
    private static List<Measure> thresholds(LevelRules.Burnout b, boolean fatigue, boolean sleep, boolean mood,
                                            boolean physio, double rhrLimit, double hrvLimit) {
        List<Measure> settings = THRESHOLDS.get(b);
        List<Measure> shown = new ArrayList<>(8);
        shown.add(settings.get(0));
        shown.add(settings.get(1));
        if (fatigue) {
            shown.add(settings.get(2));
        }
        if (sleep) {
            shown.add(settings.get(3));
            shown.add(settings.get(4));
        }
        if (mood) {
            shown.add(settings.get(5));
            shown.add(settings.get(6));
        }
        if (physio && WeekFigures.workedOut(rhrLimit)) {
            shown.add(new Measure("resting HR above", rhrLimit, "bpm"));
        }
        if (physio && WeekFigures.workedOut(hrvLimit)) {
            shown.add(new Measure("HRV below", hrvLimit, "ms"));
        }
        return shown;
    }

    private static List<Measure> values(WeekContext c, WeekFigures f, int days, int fatigueDays, int sleepDays,
                                        int moodDays, int physioDays, int swingDays, double largestSwing,
                                        double[] usual, int rhrDay, int hrvDay) {
        List<Measure> values = new ArrayList<>(8);
        values.add(new Measure("days with warning signs", days, "days"));
        values.add(new Measure("days with high fatigue", fatigueDays, "days"));
        values.add(new Measure("days with poor sleep", sleepDays, "days"));
        values.add(new Measure(swingDays == 0 ? "days with low mood or high stress"
                : "days with low mood, high stress or mood swings", moodDays, "days"));
        values.add(new Measure("days with resting HR up or HRV down", physioDays, "days"));
        if (rhrDay >= 0) {
            values.add(new Measure("highest resting HR (" + c.dayText(rhrDay) + ")", c.restingHr[rhrDay], "bpm"));
            values.add(new Measure("resting HR baseline", f.wellness().restingHeartRate().baselineMean(), "bpm"));
            values.add(new Measure("resting HR baseline SD", f.wellness().restingHeartRate().baselineSd(), "bpm"));
        }
        if (hrvDay >= 0) {
            values.add(new Measure("lowest HRV (" + c.dayText(hrvDay) + ")", c.hrv[hrvDay], "ms"));
            values.add(new Measure("HRV baseline", f.wellness().hrv().baselineMean(), "ms"));
            values.add(new Measure("HRV baseline SD", f.wellness().hrv().baselineSd(), "ms"));
        }
        if (swingDays > 0) {
            values.add(new Measure("days with mood swings", swingDays, "days"));
            values.add(new Measure("largest day-to-day mood change", largestSwing, "points"));
            values.add(new Measure("usual day-to-day mood change", usual[0], "points"));
            values.add(new Measure("usual day-to-day mood change SD", usual[1], "points"));
        }
        return values;
    }

    /**
     * The mean and sample SD of the day-to-day mood changes in the 28 days before the week, and the change a swing
     * must exceed (mean + 2 x max(SD, 0.5)); null with fewer than {@link #MIN_SWING_PAIRS} pairs.
     */
    static double[] usualMoodChange(WeekContext c) {
        int from = c.monday - FigureCalculator.HOOPER_BASELINE_DAYS;
        int n = 0;
        double sum = 0;
        double sumSq = 0;
        for (int d = from + 1; d < c.monday; d++) {
            double change = Math.abs(c.mood[d] - c.mood[d - 1]);
            if (change == change) {
                n++;
                sum += change;
                sumSq += change * change;
            }
        }
        if (n < MIN_SWING_PAIRS) {
            return null;
        }
        double mean = sum / n;
        double sd = Math.sqrt(Math.max(0, (sumSq - n * mean * mean) / (n - 1)));
        return new double[] {mean, sd, mean + 2 * Math.max(sd, 0.5)};
    }

    private static List<Measure> thresholds(LevelRules.Burnout b) {
        return List.of(new Measure("signs per day at least", b.minSigns(), "signs"),
                new Measure("days at least", b.minDays(), "days"),
                new Measure("fatigue from", b.highFatigue(), "/7"),
                new Measure("sleep below", b.poorSleepHours(), "h"),
                new Measure("sleep quality from", b.poorSleepQuality(), "/7"),
                new Measure("mood from", b.lowMood(), "/7"),
                new Measure("stress from", b.highStress(), "/7"));
    }

    /** Baseline mean + sds x SD (at least 1); NaN without a baseline, so comparisons are false. */
    private static double limit(WeekFigures.PhysioTrend trend, double sds) {
        if (!WeekFigures.workedOut(trend.baselineMean())) {
            return Double.NaN;
        }
        return trend.baselineMean() + sds * Math.max(trend.baselineSd(), 1.0);
    }
}
