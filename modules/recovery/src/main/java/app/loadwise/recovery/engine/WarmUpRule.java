package app.loadwise.recovery.engine;

import static app.loadwise.recovery.engine.WeekContext.MONDAY;

import java.util.List;

/** A speed session with a recorded warm-up shorter than the minimum. Sessions without a warm-up record are not judged. */
final class WarmUpRule implements CoachingRule {

    private static final SettingsCache<LevelRules.WarmUp, String> ADVICE = new SettingsCache<>(
            w -> "Warm up for at least " + Texts.num0(w.minMinutes()) + " minutes of easy running and drills before "
                    + "speed work.");

    @Override
    public RuleId id() {
        return RuleId.WARM_UP;
    }

    @Override
    public void evaluate(WeekContext c, WeekFigures f, List<Finding> out) {
        double min = c.rules.warmUp().minMinutes();
        for (int d = MONDAY; d <= c.last; d++) {
            for (int i = c.dayHead[d]; i >= 0; i = c.nextInDay[i]) {
                TrainingSession s = c.session(i);
                if (!s.type().isSpeedWork() || !(s.warmUpMinutes() < min)) {
                    continue;
                }
                out.add(new Finding(id(), Severity.ADVICE,
                        "Short warm-up before " + Texts.session(s) + " on " + c.dayText(d) + ": "
                                + Texts.num0(s.warmUpMinutes()) + " min.",
                        ADVICE.get(c.rules.warmUp()),
                        new Evidence(List.of(s.date()), List.of(s.id()),
                                List.of(new Measure("warm-up", s.warmUpMinutes(), "min")),
                                List.of(new Measure("warm-up at least", min, "min")))));
            }
        }
    }
}
