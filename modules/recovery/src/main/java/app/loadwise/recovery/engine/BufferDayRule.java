package app.loadwise.recovery.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A hard day must be followed by an easy, rest or cross-training day. Checks each pair whose second day falls
 * in the week (so a hard Sunday is judged with the next Monday, in the next week). Unknown days are not judged.
 */
public final class BufferDayRule implements CoachingRule {

    /** A hard day must be followed by an easy, rest or cross-training day. */
    public record BufferDay(boolean enabled) {
    }

    static final String ADVICE = "Follow every hard session with an easy run, cross-training or a day off, so the "
            + "body absorbs the work before the next hard one.";

    @Override
    public RuleId id() {
        return RuleId.BUFFER_DAY;
    }

    @Override
    public void evaluate(Week week, WeekFigures f, List<Finding> out) {
        for (Day day : week.days()) {
            Day before = week.dayBefore(day);
            if (!before.isHard() || !day.hasNonBufferSession()) {
                continue;
            }
            boolean backToBack = day.isHard();
            List<String> ids = new ArrayList<>(4);
            String hard = describe(before.sessions().stream().filter(LoggedSession::hard).toList(), ids);
            String next = describe(day.sessions().stream().filter(s -> !s.isBuffer()).toList(), ids);
            String message = backToBack
                    ? "Back-to-back hard days: " + hard + " on " + before.text() + ", then " + next
                            + " on " + day.text() + "."
                    : "No buffer day after a hard session: " + hard + " on " + before.text()
                            + " was followed by " + next + " on " + day.text()
                            + " instead of an easy, rest or cross-training day.";
            out.add(new Finding(id(), Severity.AMBER, message, ADVICE,
                    new Evidence(List.of(before.date(), day.date()), ids,
                            // "hard days in a row" only when they are; otherwise the missing buffer day
                            List.of(backToBack ? new Measure("hard days in a row", 2, "")
                                    : new Measure("buffer days after the hard session", 0, "")),
                            // The long-run threshold helps only when a long run is one of the two days.
                            before.hasLongRun() || day.hasLongRun()
                                    ? List.of(new Measure("long run hard from",
                                            week.rules().hardSessions().longRunMinutes(), "min"))
                                    : List.of())));
        }
    }

    /** The sessions as findings name them, joined by "and", e.g. "intervals (45 min)"; adds their ids. */
    static String describe(List<LoggedSession> sessions, List<String> ids) {
        StringBuilder sb = new StringBuilder();
        for (LoggedSession s : sessions) {
            if (sb.length() > 0) {
                sb.append(" and ");
            }
            sb.append(s.text());
            ids.add(s.id());
        }
        return sb.toString();
    }
}
