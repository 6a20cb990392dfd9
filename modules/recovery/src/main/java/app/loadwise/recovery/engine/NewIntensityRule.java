package app.loadwise.recovery.engine;

import static app.loadwise.recovery.engine.WeekContext.SPEED;

import app.loadwise.domain.training.SessionType;
import app.loadwise.recovery.engine.metrics.Stats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Too much too soon: several speed-work types in one week after weeks with none. The quiet time looked at is the
 * {@code quietWeeks} before the week, or all the history there is when it is shorter, if that is at least a week;
 * at least half of its days must have a known load. The finding says how much quiet history there was.
 */
final class NewIntensityRule implements CoachingRule {

    @Override
    public RuleId id() {
        return RuleId.NEW_INTENSITY;
    }

    @Override
    public void evaluate(WeekContext c, WeekFigures f, List<Finding> out) {
        LevelRules.NewIntensity s = c.rules.newIntensity();
        if (c.firstRecord < 0) {
            return;
        }
        int quietFrom = Math.max(c.monday - 7 * s.quietWeeks(), c.firstRecord);
        int quietDays = c.monday - quietFrom;
        if (quietDays < 7 || Stats.count(c.knownLoad, quietFrom, c.monday) * 2 < quietDays) {
            return;
        }
        boolean wholeSetting = quietDays == 7 * s.quietWeeks();
        for (int d = quietFrom; d < c.monday; d++) {
            if (c.has(d, SPEED)) {
                return;
            }
        }
        int typeMask = 0;
        List<LocalDate> dates = new ArrayList<>(4);
        List<String> ids = new ArrayList<>(4);
        for (int d = c.monday; d <= c.last; d++) {
            if (!c.has(d, SPEED)) {
                continue;
            }
            dates.add(c.date(d));
            for (int i = c.dayHead[d]; i >= 0; i = c.nextInDay[i]) {
                SessionType type = c.type(i);
                if (type.isSpeedWork()) {
                    typeMask |= 1 << type.ordinal();
                    ids.add(c.id(i));
                }
            }
        }
        int types = Integer.bitCount(typeMask);
        if (types < s.minNewTypes()) {
            return;
        }
        StringBuilder names = new StringBuilder();
        for (SessionType type : SessionType.values()) {
            if ((typeMask & (1 << type.ordinal())) != 0) {
                if (names.length() > 0) {
                    names.append(", ");
                }
                names.append(type.code().replace('_', ' '));
            }
        }
        out.add(new Finding(id(), Severity.AMBER,
                types + " new kinds of hard session (" + names + ") stacked into one week after "
                        + (wholeSetting ? Texts.plural(s.quietWeeks(), "week", "weeks") + " without any speed work."
                                : "the athlete's whole history of " + history(quietDays) + ", all without speed work."),
                "Bring in one new kind of hard session at a time, a week or two apart, and start it shorter than "
                        + "feels necessary.",
                new Evidence(dates, ids, List.of(new Measure("new intensity types", types, "types"),
                        new Measure("speed sessions in the quiet weeks", 0, "sessions"),
                        new Measure("quiet history", quietDays, "days")),
                        List.of(new Measure("new intensity types from", s.minNewTypes(), "types"),
                                new Measure("quiet weeks", s.quietWeeks(), "weeks")))));
    }

    /** "2 weeks", "10 days". */
    static String history(int days) {
        return days % 7 == 0 ? Texts.plural(days / 7, "week", "weeks") : Texts.plural(days, "day", "days");
    }
}
