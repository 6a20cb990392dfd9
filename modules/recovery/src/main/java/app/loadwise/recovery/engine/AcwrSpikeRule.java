package app.loadwise.recovery.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Too much too soon: the EWMA acute:chronic workload ratio above the threshold on any day of the week up to the
 * as-of day (weak, disputed evidence). A day is judged once the athlete's history reaches 28 days on it; the
 * finding names the day with the highest ratio. Reads the week's {@link ExponentialLoads} series, whose last point
 * is the week's EWMA figure.
 */
public final class AcwrSpikeRule implements CoachingRule {

    /** EWMA acute:chronic workload ratio above {@code maxEwmaAcwr}. */
    public record AcwrSpike(boolean enabled, double maxEwmaAcwr) {
        public AcwrSpike {
            LevelRules.positive(maxEwmaAcwr, "maxEwmaAcwr");
        }
    }

    @Override
    public RuleId id() {
        return RuleId.ACWR_SPIKE;
    }

    @Override
    public void evaluate(Week week, WeekFigures f, List<Finding> out) {
        double max = week.rules().acwrSpike().maxEwmaAcwr();
        List<ExponentialLoads.Point> series = week.exponentialLoads();
        if (series.isEmpty()) {
            return;
        }
        List<ExponentialLoads.Point> weekPoints = series.subList(series.size() - week.days().size(), series.size());
        ExponentialLoads.Point peak = null;
        List<LocalDate> above = new ArrayList<>(7);
        for (ExponentialLoads.Point p : weekPoints) {
            if (p.historyDays() < ExponentialLoads.BASELINE_DAYS || !(p.ewmaChronic() > 0) || p.ewmaRatio() <= max) {
                continue;
            }
            above.add(p.day().date());
            if (peak == null || p.ewmaRatio() > peak.ewmaRatio()) {
                peak = p;
            }
        }
        if (peak == null) {
            return;
        }
        out.add(finding(week, f.ratios(), max, peak, above));
    }

    private Finding finding(Week week, WeekFigures.LoadRatios r, double max, ExponentialLoads.Point peak,
                            List<LocalDate> above) {
        boolean peakIsLast = peak.day() == week.lastDay();
        List<Measure> values = new ArrayList<>(6);
        values.add(new Measure("EWMA ACWR", peak.ewmaRatio(), "ratio"));
        values.add(new Measure("EWMA acute daily load", peak.ewmaAcute(), "AU"));
        values.add(new Measure("EWMA chronic daily load", peak.ewmaChronic(), "AU"));
        String lastDay = " (" + week.lastDay().text() + ")";
        if (!peakIsLast && WeekFigures.workedOut(r.ewma())) {
            values.add(new Measure("EWMA ACWR" + lastDay, r.ewma(), "ratio"));
        }
        if (WeekFigures.workedOut(r.rolling())) {
            values.add(new Measure("rolling ACWR" + (peakIsLast ? "" : lastDay), r.rolling(), "ratio"));
        }
        if (WeekFigures.workedOut(r.uncoupled())) {
            values.add(new Measure("uncoupled ACWR" + (peakIsLast ? "" : lastDay), r.uncoupled(), "ratio"));
        }
        String days = above.size() == 1 ? "" : " on " + FindingFormat.plural(above.size(), "day", "days") + " of the week";
        String eased = peakIsLast || !WeekFigures.workedOut(r.ewma()) ? ""
                : "; " + FindingFormat.num2(r.ewma()) + " by " + week.lastDay().text();
        return new Finding(id(), Severity.AMBER,
                "Load jumped against the recent norm: EWMA acute:chronic ratio " + FindingFormat.num2(peak.ewmaRatio())
                        + " on " + peak.day().text() + " (above " + FindingFormat.num2(max) + days + ")" + eased + ".",
                "Hold next week at about this week's load or less before building again. The ratio is a prompt "
                        + "to look at the week, not a prediction.",
                new Evidence(above, List.of(), values,
                        List.of(new Measure("EWMA ACWR above", max, "ratio"))));
    }
}
