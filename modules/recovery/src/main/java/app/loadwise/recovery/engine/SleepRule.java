package app.loadwise.recovery.engine;

import java.util.List;

/** Average sleep of the week's recorded nights below the amber or red threshold; needs a few nights. */
final class SleepRule implements CoachingRule {

    @Override
    public RuleId id() {
        return RuleId.SLEEP;
    }

    @Override
    public void evaluate(WeekContext c, WeekFigures f, List<Finding> out) {
        LevelRules.Sleep s = c.rules.sleep();
        WeekFigures.Wellness w = f.wellness();
        if (w.nightsWithSleep() < s.minNights() || w.averageSleepHours() >= s.amberBelowHours()) {
            return;
        }
        boolean red = w.averageSleepHours() < s.redBelowHours();
        double threshold = red ? s.redBelowHours() : s.amberBelowHours();
        out.add(new Finding(id(), red ? Severity.RED : Severity.AMBER,
                "Average sleep " + Texts.num1(w.averageSleepHours()) + " h over "
                        + Texts.plural(w.nightsWithSleep(), "night", "nights") + ", under " + Texts.num1(threshold) + " h.",
                red ? "Cut this week's intensity until sleep is back above " + Texts.num1(s.amberBelowHours())
                        + " h; training hard on short sleep adds strain without the benefit."
                        : "Aim for at least " + Texts.num1(s.amberBelowHours()) + " h a night: an earlier bedtime, "
                        + "and easy sessions after short nights.",
                new Evidence(List.of(), List.of(),
                        List.of(new Measure("average sleep", w.averageSleepHours(), "h"),
                                new Measure("nights recorded", w.nightsWithSleep(), "nights")),
                        List.of(new Measure(red ? "red below" : "amber below", threshold, "h")))));
    }
}
