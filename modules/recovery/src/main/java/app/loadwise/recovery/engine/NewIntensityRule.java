package app.loadwise.recovery.engine;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Too much too soon: several speed-work types in one week after weeks with none. The quiet time looked at is the
 * {@code quietWeeks} before the week, or all the history there is when it is shorter, if that is at least a week;
 * at least half of its days must have a known load. The finding says how much quiet history there was.
 */
public final class NewIntensityRule implements CoachingRule {

    /** At least {@code minNewTypes} speed-work types in a week after {@code quietWeeks} weeks with none. */
    public record NewIntensity(boolean enabled, int minNewTypes, int quietWeeks) {
        public NewIntensity {
            InvalidValueException.require(minNewTypes >= 1 && minNewTypes <= 5, "minNewTypes", "new intensity types must be 1 to 5");
            InvalidValueException.require(quietWeeks >= 1 && quietWeeks <= 8, "quietWeeks", "quiet weeks must be 1 to 8");
        }
    }

    @Override
    public RuleId id() {
        return RuleId.NEW_INTENSITY;
    }

    @Override
    public void evaluate(Week week, WeekFigures f, List<Finding> out) {
        NewIntensity s = week.rules().newIntensity();
        int quietDays = Math.min(7 * s.quietWeeks(), week.historyBeforeWeek());
        if (quietDays < 7) {
            return;
        }
        List<Day> quiet = week.daysBefore(quietDays);
        long known = quiet.stream().filter(d -> !Double.isNaN(d.knownLoad())).count();
        if (known * 2 < quietDays || quiet.stream().anyMatch(Day::hasSpeedWork)) {
            return;
        }
        Set<SessionType> types = EnumSet.noneOf(SessionType.class);
        List<LocalDate> dates = new ArrayList<>(4);
        List<String> ids = new ArrayList<>(4);
        for (Day day : week.speedDays()) {
            dates.add(day.date());
            for (LoggedSession session : day.sessions()) {
                if (session.isSpeedWork()) {
                    types.add(session.type());
                    ids.add(session.id());
                }
            }
        }
        if (types.size() < s.minNewTypes()) {
            return;
        }
        String names = types.stream().map(t -> t.code().replace('_', ' ')).collect(Collectors.joining(", "));
        boolean wholeSetting = quietDays == 7 * s.quietWeeks();
        out.add(new Finding(id(), Severity.AMBER,
                types.size() + " new kinds of hard session (" + names + ") stacked into one week after "
                        + (wholeSetting ? FindingFormat.plural(s.quietWeeks(), "week", "weeks") + " without any speed work."
                                : "the athlete's whole history of " + history(quietDays) + ", all without speed work."),
                "Bring in one new kind of hard session at a time, a week or two apart, and start it shorter than "
                        + "feels necessary.",
                new Evidence(dates, ids, List.of(new Measure("new intensity types", types.size(), ""),
                        new Measure("speed sessions in the quiet weeks", 0, ""),
                        new Measure("quiet history", quietDays, "days")),
                        List.of(new Measure("new intensity types from", s.minNewTypes(), ""),
                                new Measure("quiet weeks", s.quietWeeks(), "")))));
    }

    /** "2 weeks", "10 days". */
    static String history(int days) {
        return days % 7 == 0 ? FindingFormat.plural(days / 7, "week", "weeks") : FindingFormat.plural(days, "day", "days");
    }
}
