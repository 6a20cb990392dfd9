package app.loadwise.recovery.engine;

import static app.loadwise.recovery.engine.WeekContext.HARD;
import static app.loadwise.recovery.engine.WeekContext.LONG;
import static app.loadwise.recovery.engine.WeekContext.NON_BUFFER;
import static app.loadwise.recovery.engine.WeekContext.SESSION;

import java.util.ArrayList;
import java.util.List;

/**
 * A hard day must be followed by an easy, rest or cross-training day. Checks each pair whose second day falls
 * in the week (so a hard Sunday is judged with the next Monday, in the next week). Unknown days are not judged.
 */
final class BufferDayRule implements CoachingRule {

    static final String ADVICE = "Follow every hard session with an easy run, cross-training or a day off, so the "
            + "body absorbs the work before the next hard one.";

    @Override
    public RuleId id() {
        return RuleId.BUFFER_DAY;
    }

    @Override
    public void evaluate(WeekContext c, WeekFigures f, List<Finding> out) {
        for (int d = c.monday; d <= c.last; d++) {
            int p = d - 1;
            if (!c.has(p, HARD) || !c.has(d, SESSION) || !c.has(d, NON_BUFFER)) {
                continue;
            }
            boolean backToBack = c.has(d, HARD);
            List<String> ids = new ArrayList<>(4);
            String before = describe(c, p, true, ids);
            String after = describe(c, d, false, ids);
            String message = backToBack
                    ? "Back-to-back hard days: " + before + " on " + c.dayText(p) + ", then " + after
                            + " on " + c.dayText(d) + "."
                    : "No buffer day after a hard session: " + before + " on " + c.dayText(p)
                            + " was followed by " + after + " on " + c.dayText(d)
                            + " instead of an easy, rest or cross-training day.";
            out.add(new Finding(id(), Severity.AMBER, message, ADVICE,
                    new Evidence(List.of(c.date(p), c.date(d)), ids,
                            List.of(new Measure("hard days in a row", backToBack ? 2 : 1, "days")),
                            // The long-run threshold helps only when a long run is one of the two days.
                            c.has(p, LONG) || c.has(d, LONG)
                                    ? List.of(new Measure("long run hard from", c.rules.hardSessions().longRunMinutes(), "min"))
                                    : List.of())));
        }
    }

    /** The day's hard sessions (or its non-buffer sessions), e.g. "intervals (45 min)"; adds their ids. */
    private static String describe(WeekContext c, int day, boolean hardOnly, List<String> ids) {
        StringBuilder sb = new StringBuilder();
        for (int i = c.dayHead[day]; i >= 0; i = c.nextInDay[i]) {
            if (hardOnly ? c.sessionHard(i) : !c.type(i).isBuffer()) {
                if (sb.length() > 0) {
                    sb.append(" and ");
                }
                sb.append(c.sessionText(i));
                ids.add(c.id(i));
            }
        }
        return sb.toString();
    }
}
