package app.loadwise.recovery.engine;

import static app.loadwise.recovery.engine.WeekContext.HARD;
import static app.loadwise.recovery.engine.WeekContext.LONG;
import static app.loadwise.recovery.engine.WeekContext.NON_BUFFER;
import static app.loadwise.recovery.engine.WeekContext.SESSION;

import app.loadwise.domain.training.SessionType;
import java.util.ArrayList;
import java.util.List;

/**
 * The day after a weekend long run must be easy or off. Pairs whose long run was hard are left to the
 * buffer-day rule when it is on, so one mistake is not reported twice.
 */
final class AfterLongRunRule implements CoachingRule {

    @Override
    public RuleId id() {
        return RuleId.AFTER_LONG_RUN;
    }

    @Override
    public void evaluate(WeekContext c, WeekFigures f, List<Finding> out) {
        boolean bufferRuleOn = c.rules.bufferDay().enabled();
        for (int d = c.monday; d <= c.last; d++) {
            int p = d - 1;
            if (!c.has(p, LONG) || Math.floorMod(p - c.monday, 7) < 5) {
                continue;
            }
            if ((bufferRuleOn && c.has(p, HARD)) || !c.has(d, SESSION) || !c.has(d, NON_BUFFER)) {
                continue;
            }
            List<String> ids = new ArrayList<>(3);
            String longRun = "";
            for (int i = c.dayHead[p]; i >= 0; i = c.nextInDay[i]) {
                if (c.type(i) == SessionType.LONG) {
                    ids.add(c.id(i));
                    longRun = c.sessionText(i);
                }
            }
            StringBuilder next = new StringBuilder();
            for (int i = c.dayHead[d]; i >= 0; i = c.nextInDay[i]) {
                if (!c.type(i).isBuffer()) {
                    ids.add(c.id(i));
                    if (next.length() > 0) {
                        next.append(" and ");
                    }
                    next.append(c.sessionText(i));
                }
            }
            out.add(new Finding(id(), Severity.AMBER,
                    "The day after the weekend long run (" + longRun + " on " + c.dayText(p) + ") was not easy: "
                            + next + " on " + c.dayText(d) + ".",
                    "Make the day after a long run an easy run, cross-training or a day off.",
                    new Evidence(List.of(c.date(p), c.date(d)), ids, List.of(), List.of())));
        }
    }
}
