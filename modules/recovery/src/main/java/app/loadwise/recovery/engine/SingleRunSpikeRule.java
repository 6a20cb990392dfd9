package app.loadwise.recovery.engine;

import java.util.List;

/** Too much too soon: a run much longer than the longest of the previous 30 days (Frandsen 2025). */
public final class SingleRunSpikeRule implements CoachingRule {

    /** A run more than {@code maxIncrease} (0.30 = 30%) longer than the longest of the previous 30 days. */
    public record SingleRunSpike(boolean enabled, double maxIncrease) {
        public SingleRunSpike {
            LevelRules.positive(maxIncrease, "maxIncrease");
        }
    }

    @Override
    public RuleId id() {
        return RuleId.SINGLE_RUN_SPIKE;
    }

    @Override
    public void evaluate(Week week, WeekFigures f, List<Finding> out) {
        WeekFigures.RunSpike spike = f.runSpike();
        double limit = 1 + week.rules().singleRunSpike().maxIncrease();
        if (spike.state() != FigureState.AVAILABLE || spike.ratio() <= limit) {
            return;
        }
        boolean km = spike.basis() == WeekFigures.SpikeBasis.DISTANCE_KM;
        String unit = km ? "km" : "min";
        out.add(new Finding(id(), Severity.AMBER,
                FindingFormat.day(spike.date()) + ": a " + FindingFormat.num1(spike.value()) + " " + unit + " run, "
                        + FindingFormat.percentOver(spike.ratio()) + " longer than the longest run of the previous 30 days ("
                        + FindingFormat.num1(spike.previousLongest()) + " " + unit + ").",
                "Grow the longest run step by step; runners in a large cohort study were injured more often after "
                        + "single runs well beyond their longest of the previous 30 days.",
                new Evidence(List.of(spike.date()), List.of(spike.sessionId()),
                        List.of(new Measure("run", spike.value(), unit),
                                new Measure("longest run of the previous 30 days", spike.previousLongest(), unit),
                                new Measure("run against that longest", spike.ratio(), "ratio")),
                        List.of(new Measure("run against the longest above", limit, "ratio")))));
    }
}
