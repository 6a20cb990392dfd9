package app.loadwise.recovery.engine;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The entry point: assesses one athlete-week. Stateless and thread-safe; one instance can serve every caller
 * (each thread reuses its own scratch day arrays). Never reads the clock: the caller passes the week and the
 * as-of date. docs/scoring.md describes every figure, rule and the score.
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

    private static final CoachingRule[] RULES = {
        new PainRule(), new BurnoutRule(), new SleepRule(), new BufferDayRule(), new SpeedDaysRule(),
        new NewIntensityRule(), new AcwrSpikeRule(), new SingleRunSpikeRule(), new NoEasyDayRule(),
        new AfterLongRunRule(), new MonotonyRule(), new WarmUpRule(), new StrengthRule(), new RefuelRule(),
    };

    private static final Comparator<Finding> BY_SEVERITY =
            Comparator.comparing(Finding::severity, Comparator.reverseOrder());

    /** Figures, findings and score for {@code input.week()}, from the records known up to {@code input.asOf()}. */
    public WeeklyAssessment assess(AssessmentInput input) {
        return assess(input, WeekContext.build(input));
    }

    /**
     * The assessments of several weeks, in the order given, each as {@link #assess(AssessmentInput)} gives it. When
     * exactly two are given and they are consecutive weeks of one year with the same log, profile and settings
     * (the nightly job's week just ended and current week), the log is bucketed once for both.
     */
    public List<WeeklyAssessment> assessAll(List<AssessmentInput> inputs) {
        if (inputs.size() == 2) {
            AssessmentInput a = inputs.get(0);
            AssessmentInput b = inputs.get(1);
            if (shareOneGrid(a, b)) {
                return bothWeeks(a, b);
            }
            if (shareOneGrid(b, a)) {
                List<WeeklyAssessment> reversed = bothWeeks(b, a);
                return List.of(reversed.get(1), reversed.get(0));
            }
        }
        List<WeeklyAssessment> assessments = new ArrayList<>(inputs.size());
        for (AssessmentInput input : inputs) {
            assessments.add(assess(input));
        }
        return List.copyOf(assessments);
    }

    /**
     * Whether {@code second} is the week after {@code first} for the same log, profile and settings, in the same
     * week-based year (a session's estimated maximum heart rate, and so its TRIMP load, depends on the year).
     */
    static boolean shareOneGrid(AssessmentInput first, AssessmentInput second) {
        return first.log() == second.log() && first.athlete() == second.athlete()
                && first.settings() == second.settings() && first.week().year() == second.week().year()
                && first.week().week() + 1 == second.week().week();
    }

    private static List<WeeklyAssessment> bothWeeks(AssessmentInput first, AssessmentInput second) {
        WeekContext c = WeekContext.build(first, second);
        WeeklyAssessment earlier = assess(first, c);
        c.moveTo(second);
        return List.of(earlier, assess(second, c));
    }

    private static WeeklyAssessment assess(AssessmentInput input, WeekContext c) {
        WeekFigures figures = FigureCalculator.compute(c);
        boolean anyRecord = figures.coverage().daysWithRecord() > 0;
        List<Finding> findings = new ArrayList<>(8);
        if (anyRecord) {
            for (CoachingRule rule : RULES) {
                if (c.rules.isEnabled(rule.id())) {
                    rule.evaluate(c, figures, findings);
                }
            }
            findings.sort(BY_SEVERITY);
        }
        BalanceScore score = anyRecord ? ScoreCalculator.score(figures, findings, !c.weekComplete) : null;
        return new WeeklyAssessment(input.athlete().athleteId(), input.week(), input.asOf(), sessionLoads(c),
                figures, findings, score);
    }

    private static List<SessionLoad> sessionLoads(WeekContext c) {
        List<SessionLoad> loads = new ArrayList<>(12);
        for (int d = c.monday; d <= c.last; d++) {
            for (int i = c.dayHead[d]; i >= 0; i = c.nextInDay[i]) {
                loads.add(new SessionLoad(c.id(i), c.date(d), c.type(i), c.sessionLoad[i], c.sessionMethod(i),
                        c.sessionHard(i)));
            }
        }
        return loads;
    }
}
