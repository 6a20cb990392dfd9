package app.loadwise.recovery.engine;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Overcooked: on enough days of the week, at least the given number of signs together — high fatigue; poor
 * sleep; low mood or high stress; resting heart rate up or HRV down against the athlete's 60-day baseline.
 * The physiological sign needs that baseline; SDs below 1 bpm or 1 ms are taken as 1.
 */
final class BurnoutRule implements CoachingRule {

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
        List<LocalDate> dates = null;
        StringBuilder when = null;
        for (int d = c.monday; d <= c.last; d++) {
            boolean fatigue = c.fatigue[d] >= b.highFatigue();
            boolean sleep = c.sleepHours[d] < b.poorSleepHours() || c.sleepQuality[d] >= b.poorSleepQuality();
            boolean moodOrStress = c.mood[d] >= b.lowMood() || c.stress[d] >= b.highStress();
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
                        + ", low mood or high stress on " + moodDays + ", resting heart rate up or HRV down on "
                        + physioDays + ".",
                "Back off now: replace the next hard sessions with rest or easy days until fatigue, sleep and mood "
                        + "recover, and talk with the athlete about stress outside training.",
                new Evidence(dates, List.of(),
                        List.of(new Measure("days with warning signs", days, "days"),
                                new Measure("days with high fatigue", fatigueDays, "days"),
                                new Measure("days with poor sleep", sleepDays, "days"),
                                new Measure("days with low mood or high stress", moodDays, "days"),
                                new Measure("days with resting HR up or HRV down", physioDays, "days")),
                        THRESHOLDS.get(b))));
    }

    private static List<Measure> thresholds(LevelRules.Burnout b) {
        return List.of(new Measure("signs per day at least", b.minSigns(), "signs"),
                new Measure("days at least", b.minDays(), "days"),
                new Measure("fatigue from", b.highFatigue(), "1-7"),
                new Measure("sleep below", b.poorSleepHours(), "h"),
                new Measure("sleep quality from", b.poorSleepQuality(), "1-7"),
                new Measure("mood from", b.lowMood(), "1-7"),
                new Measure("stress from", b.highStress(), "1-7"),
                new Measure("resting HR above baseline by", b.restingHrSdAbove(), "SD"),
                new Measure("HRV below baseline by", b.hrvSdBelow(), "SD"));
    }

    /** Baseline mean + sds x SD (at least 1); NaN without a baseline, so comparisons are false. */
    private static double limit(WeekFigures.PhysioTrend trend, double sds) {
        if (!WeekFigures.workedOut(trend.baselineMean())) {
            return Double.NaN;
        }
        return trend.baselineMean() + sds * Math.max(trend.baselineSd(), 1.0);
    }
}
