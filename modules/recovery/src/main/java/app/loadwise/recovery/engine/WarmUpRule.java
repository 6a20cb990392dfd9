package app.loadwise.recovery.engine;


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
        for (int d = c.monday; d <= c.last; d++) {
            for (int i = c.dayHead[d]; i >= 0; i = c.nextInDay[i]) {
                double warmUp = c.warmUpMinutes(i);
                if (!c.type(i).isSpeedWork() || !(warmUp < min)) {
                    continue;
                }
                out.add(new Finding(id(), Severity.ADVICE,
                        "Short warm-up before " + c.sessionText(i) + " on " + c.dayText(d) + ": "
                                + Texts.num0(warmUp) + " min.",
                        ADVICE.get(c.rules.warmUp()),
                        new Evidence(List.of(c.date(d)), List.of(c.id(i)),
                                List.of(new Measure("warm-up", warmUp, "min")),
                                List.of(new Measure("warm-up at least", min, "min")))));
            }
        }
    }
}
