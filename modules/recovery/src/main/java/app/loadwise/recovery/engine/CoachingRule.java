package app.loadwise.recovery.engine;

import java.util.List;

/**
 * One coaching rule: its thresholds (from the athlete's level's settings), its decision over the week's days and
 * figures, and the finding that explains it. Stateless.
 */
interface CoachingRule {

    RuleId id();

    void evaluate(Week week, WeekFigures f, List<Finding> out);
}
