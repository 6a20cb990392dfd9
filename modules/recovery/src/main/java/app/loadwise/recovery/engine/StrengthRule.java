package app.loadwise.recovery.engine;

import java.util.List;

/** Fewer strength sessions than the minimum in a complete week. */
final class StrengthRule implements CoachingRule {

    private static final SettingsCache<LevelRules.Strength, String> ADVICE = new SettingsCache<>(
            s -> "Add short strength sessions (legs, hips, trunk) on easy days, " + s.minPerWeek() + " a week.");

    @Override
    public RuleId id() {
        return RuleId.STRENGTH;
    }

    @Override
    public void evaluate(WeekContext c, WeekFigures f, List<Finding> out) {
        int min = c.rules.strength().minPerWeek();
        int done = f.counts().strengthSessions();
        if (!c.weekComplete || done >= min) {
            return;
        }
        out.add(new Finding(id(), Severity.ADVICE,
                Texts.plural(done, "strength session", "strength sessions") + " this week; the aim is " + min + ".",
                ADVICE.get(c.rules.strength()),
                new Evidence(List.of(), List.of(), List.of(new Measure("strength sessions", done, "sessions")),
                        List.of(new Measure("strength sessions at least", min, "sessions")))));
    }
}
