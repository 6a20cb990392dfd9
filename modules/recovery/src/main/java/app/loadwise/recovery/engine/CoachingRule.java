package app.loadwise.recovery.engine;

import java.util.List;

/** One coaching rule: reads the week's context and figures, adds its findings. Stateless. */
interface CoachingRule {

    RuleId id();

    void evaluate(WeekContext c, WeekFigures f, List<Finding> out);
}
