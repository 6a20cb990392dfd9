package app.loadwise.domain.recovery;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The figures of an athlete's week as stored with the score. Ratios are null while the athlete is still
 * building a baseline; loads are in session-RPE units (arbitrary units, AU).
 */
@Embeddable
public class WeeklyFigures {

    @Column(name = "weekly_load") private Double weeklyLoad;
    @Column(name = "acute_load") private Double acuteLoad;
    @Column(name = "chronic_load") private Double chronicLoad;
    @Column(name = "acwr_rolling") private Double acwrRolling;
    @Column(name = "acwr_uncoupled") private Double acwrUncoupled;
    @Column(name = "acwr_ewma") private Double acwrEwma;
    @Column(name = "monotony") private Double monotony;
    @Column(name = "strain") private Double strain;
    @Column(name = "ctl") private Double ctl;
    @Column(name = "atl") private Double atl;
    @Column(name = "tsb") private Double tsb;
    @Column(name = "ramp_rate") private Double rampRate;
    @Column(name = "sessions") private Integer sessions;
    @Column(name = "hard_days") private Integer hardDays;
    @Column(name = "rest_days") private Integer restDays;
    @Column(name = "longest_hard_streak") private Integer longestHardStreak;
    @Column(name = "strength_sessions") private Integer strengthSessions;
    @Column(name = "run_spike_ratio") private Double runSpikeRatio;
    @Column(name = "avg_sleep_hours") private Double avgSleepHours;
    @Column(name = "resting_hr_z") private Double restingHrZ;
    @Column(name = "hrv_z") private Double hrvZ;
    @Column(name = "hooper_index") private Double hooperIndex;
    @Column(name = "coverage_days") private Integer coverageDays;
    @Column(name = "baseline_state", length = 32) private String baselineState;

    protected WeeklyFigures() {
    }

    /** All figures of one week; each may be null when it cannot be computed from the data. */
    public record Values(Double weeklyLoad, Double acuteLoad, Double chronicLoad, Double acwrRolling, Double acwrUncoupled,
                         Double acwrEwma, Double monotony, Double strain, Double ctl, Double atl, Double tsb, Double rampRate,
                         Integer sessions, Integer hardDays, Integer restDays, Integer longestHardStreak,
                         Integer strengthSessions, Double runSpikeRatio, Double avgSleepHours, Double restingHrZ,
                         Double hrvZ, Double hooperIndex, Integer coverageDays, String baselineState) {
    }

    public WeeklyFigures(Values v) {
        weeklyLoad = v.weeklyLoad();
        acuteLoad = v.acuteLoad();
        chronicLoad = v.chronicLoad();
        acwrRolling = v.acwrRolling();
        acwrUncoupled = v.acwrUncoupled();
        acwrEwma = v.acwrEwma();
        monotony = v.monotony();
        strain = v.strain();
        ctl = v.ctl();
        atl = v.atl();
        tsb = v.tsb();
        rampRate = v.rampRate();
        sessions = v.sessions();
        hardDays = v.hardDays();
        restDays = v.restDays();
        longestHardStreak = v.longestHardStreak();
        strengthSessions = v.strengthSessions();
        runSpikeRatio = v.runSpikeRatio();
        avgSleepHours = v.avgSleepHours();
        restingHrZ = v.restingHrZ();
        hrvZ = v.hrvZ();
        hooperIndex = v.hooperIndex();
        coverageDays = v.coverageDays();
        baselineState = v.baselineState();
    }

    public Values values() {
        return new Values(weeklyLoad, acuteLoad, chronicLoad, acwrRolling, acwrUncoupled, acwrEwma, monotony, strain, ctl,
                atl, tsb, rampRate, sessions, hardDays, restDays, longestHardStreak, strengthSessions, runSpikeRatio,
                avgSleepHours, restingHrZ, hrvZ, hooperIndex, coverageDays, baselineState);
    }
}
