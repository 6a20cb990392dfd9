package app.loadwise.recovery;

import java.time.LocalDate;
import java.util.List;

/**
 * An athlete's days, for charts: each day's load with acute and chronic load (EWMA, Williams et al. 2017), their
 * ratio, fitness, fatigue and form (Banister CTL, ATL, TSB), and the morning's wellness against the athlete's own
 * baselines. {@code acwrBand} is the ratio range the club's rules hold safe for the athlete's level; {@code sleepBand}
 * the recommended hours.
 */
public record AthleteTimeline(long athleteId, LocalDate from, LocalDate to, TimelineBand acwrBand, TimelineBand sleepBand, List<TimelineDay> days) {

    public record TimelineBand(double low, double high) {
    }

    /**
     * One day. {@code load} is the sum of the day's session loads (0 without sessions); the averages are null until
     * the athlete has a first record, and unchanged by days with no record at all; baselines are the mean of the 28
     * days before, once 7 of them have a value.
     */
    public record TimelineDay(LocalDate date, double load, int sessions, Double acuteLoad, Double chronicLoad, Double acwr, Double ctl,
                      Double atl, Double tsb, Double sleepHours, Integer restingHr, Double restingHrBaseline, Double hrvMs,
                      Double hrvBaseline) {
    }
}
