package app.loadwise.recovery.engine;

import java.util.List;

/** A speed session with a recorded warm-up shorter than the minimum. Sessions without a warm-up record are not judged. */
public final class WarmUpRule implements CoachingRule {

    /** Speed sessions need a recorded warm-up of at least {@code minMinutes}. */
    public record WarmUp(boolean enabled, double minMinutes) {
        public WarmUp {
            LevelRules.positive(minMinutes, "minMinutes");
        }
    }

    @Override
    public RuleId id() {
        return RuleId.WARM_UP;
    }

    @Override
    public void evaluate(Week week, WeekFigures f, List<Finding> out) {
        double min = week.rules().warmUp().minMinutes();
        for (Day day : week.days()) {
            for (LoggedSession s : day.sessions()) {
                double warmUp = s.session().warmUpMinutes();
                if (!s.isSpeedWork() || !(warmUp < min)) {
                    continue;
                }
                out.add(new Finding(id(), Severity.ADVICE,
                        "Short warm-up before " + s.text() + " on " + day.text() + ": " + FindingFormat.num0(warmUp) + " min.",
                        "Warm up for at least " + FindingFormat.num0(min) + " minutes of easy running and drills before "
                                + "speed work.",
                        new Evidence(List.of(day.date()), List.of(s.id()),
                                List.of(new Measure("warm-up", warmUp, "min")),
                                List.of(new Measure("warm-up at least", min, "min")))));
            }
        }
    }
}
