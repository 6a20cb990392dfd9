package app.loadwise.recovery.engine;

import app.loadwise.domain.common.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** More days with speed work in the week than the athlete's experience level allows. */
public final class SpeedDaysRule implements CoachingRule {

    /** Days with speed work (tempo, intervals, hills, race pace, race) allowed per week. */
    public record SpeedDays(boolean enabled, int maxPerWeek) {
        public SpeedDays {
            InvalidValueException.require(maxPerWeek >= 0 && maxPerWeek <= 7, "maxPerWeek", "speed days per week must be 0 to 7");
        }
    }

    @Override
    public RuleId id() {
        return RuleId.SPEED_DAYS;
    }

    @Override
    public void evaluate(Week week, WeekFigures f, List<Finding> out) {
        int max = week.rules().speedDays().maxPerWeek();
        List<Day> speedDays = week.speedDays();
        if (speedDays.size() <= max) {
            return;
        }
        List<LocalDate> dates = new ArrayList<>(7);
        List<String> ids = new ArrayList<>(7);
        for (Day day : speedDays) {
            dates.add(day.date());
            day.sessions().stream().filter(LoggedSession::isSpeedWork).forEach(s -> ids.add(s.id()));
        }
        String level = week.athlete().experienceLevel().code().toLowerCase(Locale.ROOT);
        String runner = (level.startsWith("a") || level.startsWith("i") ? "an " : "a ") + level + " runner";
        out.add(new Finding(id(), Severity.AMBER,
                FindingFormat.plural(speedDays.size(), "day", "days") + " with speed work this week; the most for " + runner
                        + " is " + max + ".",
                "Keep speed work to " + FindingFormat.plural(max, "day", "days") + " a week and make the other runs easy.",
                new Evidence(dates, ids, List.of(new Measure("speed days", speedDays.size(), "")),
                        List.of(new Measure("most speed days for " + level, max, "")))));
    }
}
