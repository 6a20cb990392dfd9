package app.loadwise.recovery.engine;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * The day after a weekend long run must be easy or off. Pairs whose long run was hard are left to the
 * buffer-day rule when it is on, so one mistake is not reported twice.
 */
public final class AfterLongRunRule implements CoachingRule {

    /** The day after a weekend long run must be easy or off. */
    public record AfterLongRun(boolean enabled) {
    }

    @Override
    public RuleId id() {
        return RuleId.AFTER_LONG_RUN;
    }

    @Override
    public void evaluate(Week week, WeekFigures f, List<Finding> out) {
        boolean bufferRuleOn = week.rules().bufferDay().enabled();
        for (Day day : week.days()) {
            Day before = week.dayBefore(day);
            if (!before.hasLongRun() || !isWeekend(before)) {
                continue;
            }
            if ((bufferRuleOn && before.isHard()) || !day.hasNonBufferSession()) {
                continue;
            }
            List<String> ids = new ArrayList<>(3);
            String longRun = "";
            for (LoggedSession s : before.sessions()) {
                if (s.isLongRun()) {
                    ids.add(s.id());
                    longRun = s.text();
                }
            }
            String next = BufferDayRule.describe(day.sessions().stream().filter(s -> !s.isBuffer()).toList(), ids);
            out.add(new Finding(id(), Severity.AMBER,
                    "The day after the weekend long run (" + longRun + " on " + before.text() + ") was not easy: "
                            + next + " on " + day.text() + ".",
                    "Make the day after a long run an easy run, cross-training or a day off.",
                    new Evidence(List.of(before.date(), day.date()), ids, List.of(), List.of())));
        }
    }

    private static boolean isWeekend(Day day) {
        DayOfWeek d = day.date().getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
