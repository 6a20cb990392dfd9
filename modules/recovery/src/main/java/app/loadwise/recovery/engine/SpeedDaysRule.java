package app.loadwise.recovery.engine;

import static app.loadwise.recovery.engine.WeekContext.SPEED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** More days with speed work in the week than the athlete's experience level allows. */
final class SpeedDaysRule implements CoachingRule {

    @Override
    public RuleId id() {
        return RuleId.SPEED_DAYS;
    }

    @Override
    public void evaluate(WeekContext c, WeekFigures f, List<Finding> out) {
        int max = c.rules.speedDays().maxPerWeek();
        int speedDays = f.counts().speedDays();
        if (speedDays <= max) {
            return;
        }
        List<LocalDate> dates = new ArrayList<>(7);
        List<String> ids = new ArrayList<>(7);
        for (int d = c.monday; d <= c.last; d++) {
            if (c.has(d, SPEED)) {
                dates.add(c.date(d));
                for (int i = c.dayHead[d]; i >= 0; i = c.nextInDay[i]) {
                    if (c.type(i).isSpeedWork()) {
                        ids.add(c.id(i));
                    }
                }
            }
        }
        String level = c.input.athlete().experienceLevel().code().toLowerCase(Locale.ROOT);
        String runner = (level.startsWith("a") || level.startsWith("i") ? "an " : "a ") + level + " runner";
        out.add(new Finding(id(), Severity.AMBER,
                Texts.plural(speedDays, "day", "days") + " with speed work this week; the most for " + runner
                        + " is " + max + ".",
                "Keep speed work to " + Texts.plural(max, "day", "days") + " a week and make the other runs easy.",
                new Evidence(dates, ids, List.of(new Measure("speed days", speedDays, "days")),
                        List.of(new Measure("most speed days for " + level, max, "days")))));
    }
}
