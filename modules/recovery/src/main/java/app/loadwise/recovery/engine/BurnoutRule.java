package app.loadwise.recovery.engine;

import app.loadwise.domain.common.InvalidValueException;
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
public final class BurnoutRule implements CoachingRule {

    /**
     * Burnout signs per day: high fatigue; poor sleep (hours or quality); low mood or high stress; resting heart
     * rate above, or HRV below, the athlete's 60-day baseline by the given number of standard deviations.
     * Red when at least {@code minSigns} signs show on at least {@code minDays} days of the week.
     */
    public record Burnout(boolean enabled, int minSigns, int minDays, int highFatigue, double poorSleepHours,
                          int poorSleepQuality, int lowMood, int highStress, double restingHrSdAbove,
                          double hrvSdBelow) {
        public Burnout {
            InvalidValueException.require(minSigns >= 1 && minSigns <= 4, "minSigns", "signs must be 1 to 4");
            InvalidValueException.require(minDays >= 1 && minDays <= 7, "minDays", "days must be 1 to 7");
            LevelRules.positive(restingHrSdAbove, "restingHrSdAbove");
            LevelRules.positive(hrvSdBelow, "hrvSdBelow");
        }
    }

    /** The smallest day-to-day mood change on the 1-7 scale that can be a swing. */
    static final double MIN_SWING = 2;
    /** Pairs of consecutive days with mood in the 28 days before the week that the usual change needs. */
    static final int MIN_SWING_PAIRS = 10;

    /**
     * The athlete's usual day-to-day mood change before the week: its mean and sample SD, and the change a swing must
     * exceed ({@code mean + 2 x max(SD, 0.5)}).
     */
    record UsualMoodChange(double mean, double sd, double swingAbove) {
    }

    @Override
    public RuleId id() {
        return RuleId.BURNOUT;
    }

    @Override
    public void evaluate(Week week, WeekFigures f, List<Finding> out) {
        Burnout b = week.rules().burnout();
        double rhrLimit = limit(f.wellness().restingHeartRate(), b.restingHrSdAbove());
        double hrvLimit = limit(f.wellness().hrv(), -b.hrvSdBelow());
        int days = 0;
        int fatigueDays = 0;
        int sleepDays = 0;
        int moodDays = 0;
        int physioDays = 0;
        int swingDays = 0;
        double largestSwing = 0;
        // null without enough pairs of days to know what is usual
        UsualMoodChange usual = usualMoodChange(week);
        Day rhrDay = null;
        Day hrvDay = null;
        List<LocalDate> dates = new ArrayList<>(7);
        List<String> when = new ArrayList<>(7);
        for (Day day : week.days()) {
            boolean fatigue = day.fatigue() >= b.highFatigue();
            boolean sleep = day.sleepHours() < b.poorSleepHours() || day.sleepQuality() >= b.poorSleepQuality();
            double change = Math.abs(day.mood() - week.dayBefore(day).mood());
            boolean swing = usual != null && change >= MIN_SWING && change > usual.swingAbove();
            boolean moodOrStress = day.mood() >= b.lowMood() || day.stress() >= b.highStress() || swing;
            boolean physio = day.restingHeartRate() > rhrLimit || day.hrv() < hrvLimit;
            int signs = (fatigue ? 1 : 0) + (sleep ? 1 : 0) + (moodOrStress ? 1 : 0) + (physio ? 1 : 0);
            if (signs < b.minSigns()) {
                continue;
            }
            days++;
            fatigueDays += fatigue ? 1 : 0;
            sleepDays += sleep ? 1 : 0;
            moodDays += moodOrStress ? 1 : 0;
            physioDays += physio ? 1 : 0;
            if (day.restingHeartRate() > rhrLimit
                    && (rhrDay == null || day.restingHeartRate() > rhrDay.restingHeartRate())) {
                rhrDay = day;
            }
            if (day.hrv() < hrvLimit && (hrvDay == null || day.hrv() < hrvDay.hrv())) {
                hrvDay = day;
            }
            if (swing) {
                swingDays++;
                largestSwing = Math.max(largestSwing, change);
            }
            dates.add(day.date());
            when.add(day.text());
        }
        if (days < b.minDays()) {
            return;
        }
        out.add(new Finding(id(), Severity.RED,
                "Overcooked: " + b.minSigns() + " or more warning signs together on " + days + " days ("
                        + String.join(", ", when) + "). High fatigue on " + fatigueDays + ", poor sleep on " + sleepDays
                        + (swingDays == 0 ? ", low mood or high stress on " + moodDays
                                : ", low mood, high stress or mood swings on " + moodDays + " (swings on " + swingDays
                                + ": mood moved up to " + FindingFormat.num0(largestSwing) + " points from one day to the next, "
                                + "against a usual change of " + FindingFormat.num1(usual.mean()) + " ± "
                                + FindingFormat.num1(usual.sd()) + " points)")
                        + ", resting heart rate up or HRV down on " + physioDays
                        + physioText(f, rhrDay, hrvDay) + ".",
                "Back off now: replace the next hard sessions with rest or easy days until fatigue, sleep and mood "
                        + "recover, and talk with the athlete about stress outside training.",
                new Evidence(dates, List.of(), values(f, days, fatigueDays, sleepDays, moodDays, physioDays,
                        swingDays, largestSwing, usual, rhrDay, hrvDay),
                        thresholds(b, fatigueDays > 0, sleepDays > 0, moodDays > 0, physioDays > 0, rhrLimit, hrvLimit))));
    }

    /** " (resting HR 58 bpm on Wed 18 Mar against a baseline of 49 ± 2; HRV ...)", or "" without such a day. */
    private static String physioText(WeekFigures f, Day rhrDay, Day hrvDay) {
        if (rhrDay == null && hrvDay == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (");
        if (rhrDay != null) {
            WeekFigures.PhysioTrend t = f.wellness().restingHeartRate();
            sb.append("resting HR ").append(FindingFormat.num0(rhrDay.restingHeartRate())).append(" bpm on ")
                    .append(rhrDay.text()).append(" against a baseline of ").append(FindingFormat.num0(t.baselineMean()))
                    .append(" ± ").append(FindingFormat.num1(t.baselineSd())).append(" bpm");
        }
        if (hrvDay != null) {
            WeekFigures.PhysioTrend t = f.wellness().hrv();
            sb.append(rhrDay != null ? "; " : "").append("HRV ").append(FindingFormat.num0(hrvDay.hrv())).append(" ms on ")
                    .append(hrvDay.text()).append(" against a baseline of ").append(FindingFormat.num0(t.baselineMean()))
                    .append(" ± ").append(FindingFormat.num1(t.baselineSd())).append(" ms");
        }
        return sb.append(')').toString();
    }

    /**
     * The thresholds that help read this finding: signs and days needed, and those of the signs seen, with the
     * athlete's own resting HR and HRV limits in bpm and ms.
     */
    private static List<Measure> thresholds(Burnout b, boolean fatigue, boolean sleep, boolean mood,
                                            boolean physio, double rhrLimit, double hrvLimit) {
        List<Measure> shown = new ArrayList<>(8);
        shown.add(new Measure("warning signs on one day, at least", b.minSigns(), ""));
        shown.add(new Measure("days with those signs, at least", b.minDays(), ""));
        if (fatigue) {
            shown.add(new Measure("fatigue from", b.highFatigue(), "/7"));
        }
        if (sleep) {
            shown.add(new Measure("sleep below", b.poorSleepHours(), "h"));
            shown.add(new Measure("sleep quality from", b.poorSleepQuality(), "/7"));
        }
        if (mood) {
            shown.add(new Measure("mood from", b.lowMood(), "/7"));
            shown.add(new Measure("stress from", b.highStress(), "/7"));
        }
        if (physio && WeekFigures.workedOut(rhrLimit)) {
            shown.add(new Measure("resting HR above", rhrLimit, "bpm"));
        }
        if (physio && WeekFigures.workedOut(hrvLimit)) {
            shown.add(new Measure("HRV below", hrvLimit, "ms"));
        }
        return shown;
    }

    private static List<Measure> values(WeekFigures f, int days, int fatigueDays, int sleepDays, int moodDays,
                                        int physioDays, int swingDays, double largestSwing, UsualMoodChange usual,
                                        Day rhrDay, Day hrvDay) {
        List<Measure> values = new ArrayList<>(8);
        values.add(new Measure("warning signs on", days, "days"));
        values.add(new Measure("high fatigue on", fatigueDays, "days"));
        values.add(new Measure("poor sleep on", sleepDays, "days"));
        values.add(new Measure(swingDays == 0 ? "low mood or high stress on"
                : "low mood, high stress or mood swings on", moodDays, "days"));
        values.add(new Measure("resting HR up or HRV down on", physioDays, "days"));
        if (rhrDay != null) {
            values.add(new Measure("highest resting HR (" + rhrDay.text() + ")", rhrDay.restingHeartRate(), "bpm"));
            values.add(new Measure("resting HR baseline", f.wellness().restingHeartRate().baselineMean(), "bpm"));
            values.add(new Measure("resting HR baseline SD", f.wellness().restingHeartRate().baselineSd(), "bpm"));
        }
        if (hrvDay != null) {
            values.add(new Measure("lowest HRV (" + hrvDay.text() + ")", hrvDay.hrv(), "ms"));
            values.add(new Measure("HRV baseline", f.wellness().hrv().baselineMean(), "ms"));
            values.add(new Measure("HRV baseline SD", f.wellness().hrv().baselineSd(), "ms"));
        }
        if (swingDays > 0) {
            values.add(new Measure("mood swings on", swingDays, "days"));
            values.add(new Measure("largest day-to-day mood change", largestSwing, "points"));
            values.add(new Measure("usual day-to-day mood change", usual.mean(), "points"));
            values.add(new Measure("usual day-to-day mood change SD", usual.sd(), "points"));
        }
        return values;
    }

    /**
     * The mean and sample SD of the day-to-day mood changes in the 28 days before the week, and the change a swing
     * must exceed (mean + 2 x max(SD, 0.5)); null with fewer than {@link #MIN_SWING_PAIRS} pairs.
     */
    static UsualMoodChange usualMoodChange(Week week) {
        List<Day> before = week.daysBefore(FigureCalculator.HOOPER_BASELINE_DAYS);
        int n = 0;
        double sum = 0;
        double sumSq = 0;
        for (int i = 1; i < before.size(); i++) {
            double change = Math.abs(before.get(i).mood() - before.get(i - 1).mood());
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
        return new UsualMoodChange(mean, sd, mean + 2 * Math.max(sd, 0.5));
    }

    /** Baseline mean + sds x SD (at least 1); NaN without a baseline, so comparisons are false. */
    private static double limit(WeekFigures.PhysioTrend trend, double sds) {
        if (!WeekFigures.workedOut(trend.baselineMean())) {
            return Double.NaN;
        }
        return trend.baselineMean() + sds * Math.max(trend.baselineSd(), 1.0);
    }
}
