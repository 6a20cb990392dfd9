package app.loadwise.recovery.engine;

import java.util.List;

/**
 * Monotony above the threshold together with strain above the athlete's usual. A week of identical daily loads
 * (SD 0, monotony unbounded) fires when its load is above the athlete's usual weekly load.
 */
public final class MonotonyRule implements CoachingRule {

    /** Monotony above {@code maxMonotony} with strain above {@code strainFactor} x the athlete's usual. */
    public record Monotony(boolean enabled, double maxMonotony, double strainFactor) {
        public Monotony {
            LevelRules.positive(maxMonotony, "maxMonotony");
            LevelRules.positive(strainFactor, "strainFactor");
        }
    }

    static final String ADVICE = "Vary the days: make easy days clearly easier or take a day off, so hard days "
            + "stand out against real recovery.";

    @Override
    public RuleId id() {
        return RuleId.MONOTONY;
    }

    @Override
    public void evaluate(Week week, WeekFigures f, List<Finding> out) {
        Monotony m = week.rules().monotony();
        WeekFigures.Variation v = f.variation();
        if (v.state() == FigureState.AVAILABLE) {
            if (v.monotony() <= m.maxMonotony() || !WeekFigures.workedOut(v.usualStrain())
                    || v.strain() <= m.strainFactor() * v.usualStrain()) {
                return;
            }
            out.add(new Finding(id(), Severity.AMBER,
                    "Monotonous, heavy week: monotony " + FindingFormat.num2(v.monotony()) + " (above "
                            + FindingFormat.num2(m.maxMonotony()) + ") and strain " + FindingFormat.num0(v.strain())
                            + " AU against a usual " + FindingFormat.num0(v.usualStrain()) + " AU.",
                    ADVICE,
                    new Evidence(List.of(), List.of(),
                            List.of(new Measure("monotony", v.monotony(), "ratio"),
                                    new Measure("strain", v.strain(), "AU"),
                                    new Measure("usual strain", v.usualStrain(), "AU"),
                                    new Measure("weekly load", f.weeklyLoad(), "AU")),
                            List.of(new Measure("monotony above", m.maxMonotony(), "ratio"),
                                    new Measure("strain above the usual by a factor of", m.strainFactor(),
                                            "factor")))));
        } else if (v.state() == FigureState.NO_VARIATION && WeekFigures.workedOut(v.usualWeeklyLoad())
                && f.weeklyLoad() > m.strainFactor() * v.usualWeeklyLoad()) {
            out.add(new Finding(id(), Severity.AMBER,
                    "The same load every day this week (no variation at all), and " + FindingFormat.num0(f.weeklyLoad())
                            + " AU in total against a usual " + FindingFormat.num0(v.usualWeeklyLoad()) + " AU.",
                    ADVICE,
                    new Evidence(List.of(), List.of(),
                            List.of(new Measure("weekly load", f.weeklyLoad(), "AU"),
                                    new Measure("usual weekly load", v.usualWeeklyLoad(), "AU")),
                            List.of(new Measure("weekly load above the usual by a factor of", m.strainFactor(),
                                    "factor")))));
        }
    }
}
