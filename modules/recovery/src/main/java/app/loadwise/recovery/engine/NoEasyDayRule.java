package app.loadwise.recovery.engine;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A complete week with no easy or rest day. Not judged while the week is open or has unknown days. */
final class NoEasyDayRule implements CoachingRule {

    @Override
    public RuleId id() {
        return RuleId.NO_EASY_DAY;
    }

    @Override
    public void evaluate(WeekContext c, WeekFigures f, List<Finding> out) {
        if (!c.weekComplete || f.coverage().unknownDays() > 0 || f.counts().easyOrRestDays() > 0) {
            return;
        }
        List<LocalDate> dates = new ArrayList<>(7);
        for (int d = c.monday; d <= c.sunday; d++) {
            dates.add(c.date(d));
        }
        out.add(new Finding(id(), Severity.AMBER,
                "No easy or rest day this week: every day had a session harder than easy.",
                "Plan at least one day off or truly easy each week; adaptation happens during recovery.",
                new Evidence(dates, List.of(),
                        List.of(new Measure("easy or rest days", 0, "days"),
                                new Measure("hard days", f.counts().hardDays(), "days")),
                        List.of())));
    }
}
