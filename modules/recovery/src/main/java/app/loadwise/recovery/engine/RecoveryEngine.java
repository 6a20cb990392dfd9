package app.loadwise.recovery.engine;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The entry point: assesses one athlete-week. Stateless and thread-safe; one instance can serve every caller.
 * Never reads the clock: the caller passes the week and the as-of date. docs/scoring.md describes every figure,
 * rule and the score.
 */
public final class RecoveryEngine {

    /**
     * The version of the figures, rules and score formula; stored with every score. Set by a method call, not a
     * literal, so that it is not a compile-time constant: a module that reads it (reporting) gets the new version
     * when the engine changes, without being compiled again.
     */
    public static final String FORMULA_VERSION = version();

    private static String version() {
        return "2026.2";
    }

    private static final List<CoachingRule> RULES = List.of(
        new PainRule(), new BurnoutRule(), new SleepRule(), new BufferDayRule(), new SpeedDaysRule(),
        new NewIntensityRule(), new AcwrSpikeRule(), new SingleRunSpikeRule(), new NoEasyDayRule(),
        new AfterLongRunRule(), new MonotonyRule(), new WarmUpRule(), new StrengthRule(), new RefuelRule());

    private static final Comparator<Finding> BY_SEVERITY =
            Comparator.comparing(Finding::severity, Comparator.reverseOrder());

    /** Figures, findings and score for {@code input.week()}, from the records known up to {@code input.asOf()}. */
    public WeeklyAssessment assess(AssessmentInput input) {
        Week week = Week.of(input);
        WeekFigures figures = FigureCalculator.compute(week);
        boolean anyRecord = figures.coverage().daysWithRecord() > 0;
        List<Finding> findings = new ArrayList<>(8);
        if (anyRecord) {
            for (CoachingRule rule : RULES) {
                if (week.rules().isEnabled(rule.id())) {
                    rule.evaluate(week, figures, findings);
                }
            }
            findings.sort(BY_SEVERITY);
        }
        BalanceScore score = anyRecord ? ScoreCalculator.score(figures, findings, !week.isComplete()) : null;
        return new WeeklyAssessment(input.athlete().athleteId(), input.week(), input.asOf(), sessionLoads(week),
                figures, findings, score);
    }

    /** The assessments of several weeks, in the order given, each as {@link #assess(AssessmentInput)} gives it. */
    public List<WeeklyAssessment> assessAll(List<AssessmentInput> inputs) {
        return inputs.stream().map(this::assess).toList();
    }

    private static List<SessionLoad> sessionLoads(Week week) {
        List<SessionLoad> loads = new ArrayList<>(12);
        for (Day day : week.days()) {
            for (LoggedSession s : day.sessions()) {
                loads.add(new SessionLoad(s.id(), day.date(), s.type(), s.load(), s.method(), s.hard()));
            }
        }
        return loads;
    }
}
