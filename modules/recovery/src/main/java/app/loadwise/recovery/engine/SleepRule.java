package app.loadwise.recovery.engine;

import app.loadwise.domain.common.InvalidValueException;
import java.util.List;

/** Average sleep of the week's recorded nights below the amber or red threshold; needs a few nights. */
public final class SleepRule implements CoachingRule {

    /** Average sleep below {@code amberBelowHours} is amber, below {@code redBelowHours} red; needs {@code minNights}. */
    public record Sleep(boolean enabled, double amberBelowHours, double redBelowHours, int minNights) {
        public Sleep {
            InvalidValueException.require(redBelowHours > 0 && redBelowHours <= amberBelowHours && amberBelowHours <= 24,
                    "sleep", "sleep thresholds need 0 < red <= amber <= 24 hours");
            InvalidValueException.require(minNights >= 1 && minNights <= 7, "minNights", "nights must be 1 to 7");
        }
    }

    @Override
    public RuleId id() {
        return RuleId.SLEEP;
    }

    @Override
    public void evaluate(Week week, WeekFigures f, List<Finding> out) {
        Sleep s = week.rules().sleep();
        WeekFigures.Wellness w = f.wellness();
        if (w.nightsWithSleep() < s.minNights() || w.averageSleepHours() >= s.amberBelowHours()) {
            return;
        }
        boolean red = w.averageSleepHours() < s.redBelowHours();
        double threshold = red ? s.redBelowHours() : s.amberBelowHours();
        out.add(new Finding(id(), red ? Severity.RED : Severity.AMBER,
                "Average sleep " + FindingFormat.num1(w.averageSleepHours()) + " h over "
                        + FindingFormat.plural(w.nightsWithSleep(), "night", "nights") + ", under "
                        + FindingFormat.num1(threshold) + " h.",
                red ? "Cut this week's intensity until sleep is back above " + FindingFormat.num1(s.amberBelowHours())
                        + " h; training hard on short sleep adds strain without the benefit."
                        : "Aim for at least " + FindingFormat.num1(s.amberBelowHours()) + " h a night: an earlier bedtime, "
                        + "and easy sessions after short nights.",
                new Evidence(List.of(), List.of(),
                        List.of(new Measure("average sleep", w.averageSleepHours(), "h"),
                                new Measure("nights recorded", w.nightsWithSleep(), "")),
                        List.of(new Measure(red ? "red below" : "amber below", threshold, "h")))));
    }
}
