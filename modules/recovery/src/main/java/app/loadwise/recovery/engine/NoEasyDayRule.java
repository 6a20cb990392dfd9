package app.loadwise.recovery.engine;

import java.util.List;

/** A complete week with no easy or rest day. Not judged while the week is open or has unknown days. */
public final class NoEasyDayRule implements CoachingRule {

    /** A complete week needs at least one easy or rest day. */
    public record NoEasyDay(boolean enabled) {
    }

    @Override
    public RuleId id() {
        return RuleId.NO_EASY_DAY;
    }

    @Override
    public void evaluate(Week week, WeekFigures f, List<Finding> out) {
        if (!week.isComplete() || f.coverage().unknownDays() > 0 || f.counts().easyOrRestDays() > 0) {
            return;
        }
        out.add(new Finding(id(), Severity.AMBER,
                "No easy or rest day this week: every day had a session harder than easy.",
                "Plan at least one day off or truly easy each week; adaptation happens during recovery.",
                new Evidence(week.dates(), List.of(),
                        List.of(new Measure("easy or rest days", 0, ""),
                                new Measure("hard days", f.counts().hardDays(), "")),
                        List.of())));
    }
}
