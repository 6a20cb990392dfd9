package app.loadwise.recovery.engine;

import app.loadwise.recovery.engine.metrics.LoadSeries;
import app.loadwise.recovery.engine.metrics.Stats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Too much too soon: the EWMA acute:chronic workload ratio above the threshold on any day of the week up to the
 * as-of day (weak, disputed evidence). A day is judged once the athlete's history reaches 28 days on it; the
 * finding names the day with the highest ratio.
 */
final class AcwrSpikeRule implements CoachingRule {

    private static final double LAMBDA_ACUTE = LoadSeries.ewmaLambda(7);
    private static final double LAMBDA_CHRONIC = LoadSeries.ewmaLambda(28);

    @Override
    public RuleId id() {
        return RuleId.ACWR_SPIKE;
    }

    @Override
    public void evaluate(WeekContext c, WeekFigures f, List<Finding> out) {
        WeekFigures.LoadRatios r = f.ratios();
        double max = c.rules.acwrSpike().maxEwmaAcwr();
        int from = c.firstRecord;
        if (from < 0 || c.last - from + 1 < FigureCalculator.BASELINE_DAYS) {
            return;
        }
        // The series FigureCalculator.runExponential runs, read on every day of the week: the same seed (the
        // first 28 days, which every judged day has) and the same steps, so the last day's ratio is the week's.
        double seed = Stats.mean(c.knownLoad, from, Math.min(from + FigureCalculator.BASELINE_DAYS, c.last + 1));
        if (Double.isNaN(seed)) {
            seed = 0;
        }
        double ea = seed;
        double ec = seed;
        int peakDay = -1;
        double peak = 0;
        double peakAcute = 0;
        double peakChronic = 0;
        List<LocalDate> above = null;
        for (int d = from; d <= c.last; d++) {
            double l = c.knownLoad[d];
            if (!Double.isNaN(l)) {
                ea = LoadSeries.ewmaStep(ea, l, LAMBDA_ACUTE);
                ec = LoadSeries.ewmaStep(ec, l, LAMBDA_CHRONIC);
            }
            if (d < c.monday || d - from + 1 < FigureCalculator.BASELINE_DAYS || !(ec > 0)) {
                continue;
            }
            double ratio = ea / ec;
            if (ratio <= max) {
                continue;
            }
            if (above == null) {
                above = new ArrayList<>(7);
            }
            above.add(c.date(d));
            if (ratio > peak) {
                peak = ratio;
                peakDay = d;
                peakAcute = ea;
                peakChronic = ec;
            }
        }
        if (above == null) {
            return;
        }
        boolean peakIsLast = peakDay == c.last;
        List<Measure> values = new ArrayList<>(6);
        values.add(new Measure("EWMA ACWR", peak, "ratio"));
        values.add(new Measure("EWMA acute daily load", peakAcute, "AU"));
        values.add(new Measure("EWMA chronic daily load", peakChronic, "AU"));
        String lastDay = " (" + c.dayText(c.last) + ")";
        if (!peakIsLast && WeekFigures.workedOut(r.ewma())) {
            values.add(new Measure("EWMA ACWR" + lastDay, r.ewma(), "ratio"));
        }
        if (WeekFigures.workedOut(r.rolling())) {
            values.add(new Measure("rolling ACWR" + (peakIsLast ? "" : lastDay), r.rolling(), "ratio"));
        }
        if (WeekFigures.workedOut(r.uncoupled())) {
            values.add(new Measure("uncoupled ACWR" + (peakIsLast ? "" : lastDay), r.uncoupled(), "ratio"));
        }
        String days = above.size() == 1 ? "" : " on " + Texts.plural(above.size(), "day", "days") + " of the week";
        String eased = peakIsLast || !WeekFigures.workedOut(r.ewma()) ? ""
                : "; " + Texts.num2(r.ewma()) + " by " + c.dayText(c.last);
        out.add(new Finding(id(), Severity.AMBER,
                "Load jumped against the recent norm: EWMA acute:chronic ratio " + Texts.num2(peak)
                        + " on " + c.dayText(peakDay) + " (above " + Texts.num2(max) + days + ")" + eased + ".",
                "Hold next week at about this week's load or less before building again. The ratio is a prompt "
                        + "to look at the week, not a prediction.",
                new Evidence(above, List.of(), values,
                        List.of(new Measure("EWMA ACWR above", max, "ratio")))));
    }
}
