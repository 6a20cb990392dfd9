package app.loadwise.recovery.engine;

import app.loadwise.domain.common.InvalidValueException;
import java.util.List;

/** Fewer strength sessions than the minimum in a complete week. */
public final class StrengthRule implements CoachingRule {

    /** At least {@code minPerWeek} strength sessions in a complete week. */
    public record Strength(boolean enabled, int minPerWeek) {
        public Strength {
            InvalidValueException.require(minPerWeek >= 0 && minPerWeek <= 14, "minPerWeek", "strength sessions must be 0 to 14");
        }
    }

    @Override
    public RuleId id() {
        return RuleId.STRENGTH;
    }

    @Override
    public void evaluate(Week week, WeekFigures f, List<Finding> out) {
        int min = week.rules().strength().minPerWeek();
        int done = f.counts().strengthSessions();
        if (!week.isComplete() || done >= min) {
            return;
        }
        out.add(new Finding(id(), Severity.ADVICE,
                FindingFormat.plural(done, "strength session", "strength sessions") + " this week; the aim is " + min + ".",
                "Add short strength sessions (legs, hips, trunk) on easy days, " + min + " a week.",
                new Evidence(List.of(), List.of(), List.of(new Measure("strength sessions", done, "")),
                        List.of(new Measure("strength sessions at least", min, "")))));
    }
}
