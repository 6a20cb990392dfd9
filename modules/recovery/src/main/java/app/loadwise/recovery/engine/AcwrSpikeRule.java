package app.loadwise.recovery.engine;

import java.util.ArrayList;
import java.util.List;

/** Too much too soon: the EWMA acute:chronic workload ratio above the threshold (weak, disputed evidence). */
final class AcwrSpikeRule implements CoachingRule {

    @Override
    public RuleId id() {
        return RuleId.ACWR_SPIKE;
    }

    @Override
    public void evaluate(WeekContext c, WeekFigures f, List<Finding> out) {
        WeekFigures.LoadRatios r = f.ratios();
        double max = c.rules.acwrSpike().maxEwmaAcwr();
        if (r.ewmaState() != FigureState.AVAILABLE || r.ewma() <= max) {
            return;
        }
        List<Measure> values = new ArrayList<>(5);
        values.add(new Measure("EWMA ACWR", r.ewma(), "ratio"));
        values.add(new Measure("EWMA acute daily load", r.ewmaAcute(), "AU"));
        values.add(new Measure("EWMA chronic daily load", r.ewmaChronic(), "AU"));
        if (WeekFigures.workedOut(r.rolling())) {
            values.add(new Measure("rolling ACWR", r.rolling(), "ratio"));
        }
        if (WeekFigures.workedOut(r.uncoupled())) {
            values.add(new Measure("uncoupled ACWR", r.uncoupled(), "ratio"));
        }
        out.add(new Finding(id(), Severity.AMBER,
                "Load jumped against the recent norm: EWMA acute:chronic ratio " + Texts.num2(r.ewma())
                        + " on " + c.dayText(c.last) + " (above " + Texts.num2(max) + ").",
                "Hold next week at about this week's load or less before building again. The ratio is a prompt "
                        + "to look at the week, not a prediction.",
                new Evidence(List.of(c.date(c.last)), List.of(), values,
                        List.of(new Measure("EWMA ACWR above", max, "ratio")))));
    }
}
