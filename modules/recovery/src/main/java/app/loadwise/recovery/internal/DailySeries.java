package app.loadwise.recovery.internal;

import app.loadwise.recovery.AthleteTimeline;
import app.loadwise.recovery.engine.metrics.LoadSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Daily load averages and wellness baselines over a run of days, computed as the weekly figures are: EWMA acute
 * (7 days) and chronic (28 days) load, Banister CTL (42 days) and ATL (7 days), seeded with the mean daily load of
 * the first 28 days from the first record; a day with no record at all leaves every average unchanged.
 */
public final class DailySeries {

    static final int BASELINE_DAYS = 28;
    static final int MIN_BASELINE_VALUES = 7;

    private static final double LAMBDA_ACUTE = LoadSeries.ewmaLambda(7);
    private static final double LAMBDA_CHRONIC = LoadSeries.ewmaLambda(28);
    private static final double DECAY_CTL = LoadSeries.banisterDecay(LoadSeries.CTL_DAYS);
    private static final double DECAY_ATL = LoadSeries.banisterDecay(LoadSeries.ATL_DAYS);

    /** What was recorded on one day: the loads of its sessions, and its wellness entry's values (null when absent). */
    public record Recorded(List<Double> sessionLoads, boolean wellness, Double sleepHours, Integer restingHr, Double hrvMs) {

        public static final Recorded NOTHING = new Recorded(List.of(), false, null, null, null);

        boolean any() {
            return !sessionLoads.isEmpty() || wellness;
        }

        double load() {
            return sessionLoads.stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    private DailySeries() {
    }

    /**
     * The days from {@code first} to {@code last}, of which those from {@code shownFrom} are returned; the days
     * before it only warm the averages and baselines up.
     */
    public static List<AthleteTimeline.TimelineDay> of(LocalDate first, LocalDate shownFrom, LocalDate last, Map<LocalDate, Recorded> recorded) {
        List<LocalDate> dates = first.datesUntil(last.plusDays(1)).toList();
        int n = dates.size();
        double[] load = new double[n];
        boolean[] known = new boolean[n];
        int firstRecord = -1;
        for (int d = 0; d < n; d++) {
            Recorded r = recorded.getOrDefault(dates.get(d), Recorded.NOTHING);
            load[d] = r.load();
            known[d] = r.any();
            if (known[d] && firstRecord < 0) {
                firstRecord = d;
            }
        }
        double seed = 0;
        if (firstRecord >= 0) {
            double sum = 0;
            int count = 0;
            for (int d = firstRecord; d < Math.min(n, firstRecord + BASELINE_DAYS); d++) {
                if (known[d]) {
                    sum += load[d];
                    count++;
                }
            }
            seed = count == 0 ? 0 : sum / count;
        }
        double acute = seed;
        double chronic = seed;
        double ctl = seed;
        double atl = seed;
        List<AthleteTimeline.TimelineDay> days = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            LocalDate date = dates.get(d);
            Recorded r = recorded.getOrDefault(date, Recorded.NOTHING);
            if (known[d]) {
                acute = LoadSeries.ewmaStep(acute, load[d], LAMBDA_ACUTE);
                chronic = LoadSeries.ewmaStep(chronic, load[d], LAMBDA_CHRONIC);
                ctl = LoadSeries.banisterStep(ctl, load[d], DECAY_CTL);
                atl = LoadSeries.banisterStep(atl, load[d], DECAY_ATL);
            }
            if (date.isBefore(shownFrom)) {
                continue;
            }
            boolean started = firstRecord >= 0 && d >= firstRecord;
            days.add(new AthleteTimeline.TimelineDay(date, load[d], r.sessionLoads().size(),
                    started ? acute : null, started ? chronic : null, started && chronic > 0 ? acute / chronic : null,
                    started ? ctl : null, started ? atl : null, started ? ctl - atl : null,
                    r.sleepHours(), r.restingHr(), baseline(dates, d, recorded, true), r.hrvMs(), baseline(dates, d, recorded, false)));
        }
        return days;
    }

    private static Double baseline(List<LocalDate> dates, int day, Map<LocalDate, Recorded> recorded, boolean restingHr) {
        double sum = 0;
        int count = 0;
        for (int d = Math.max(0, day - BASELINE_DAYS); d < day; d++) {
            Recorded r = recorded.get(dates.get(d));
            if (r == null) {
                continue;
            }
            Number value;
            if (restingHr) {
                value = r.restingHr();
            } else {
                value = r.hrvMs();
            }
            if (value != null) {
                sum += value.doubleValue();
                count++;
            }
        }
        return count >= MIN_BASELINE_VALUES ? sum / count : null;
    }
}
