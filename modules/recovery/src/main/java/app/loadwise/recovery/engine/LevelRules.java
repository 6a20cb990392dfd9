package app.loadwise.recovery.engine;

import app.loadwise.domain.common.InvalidValueException;
import java.util.List;
import java.util.Locale;

/**
 * Every rule's switch and thresholds for one experience level, as a club stores them: one record per rule, each
 * declared in its rule's class beside the decision it drives (e.g. {@link BufferDayRule.BufferDay}), plus when a
 * long run counts as hard. "Above" thresholds fire when a value is strictly greater, "below" thresholds when
 * strictly smaller; docs/scoring.md lists each comparison.
 */
public record LevelRules(
        HardSessions hardSessions,
        BufferDayRule.BufferDay bufferDay,
        SpeedDaysRule.SpeedDays speedDays,
        NewIntensityRule.NewIntensity newIntensity,
        AcwrSpikeRule.AcwrSpike acwrSpike,
        SingleRunSpikeRule.SingleRunSpike singleRunSpike,
        NoEasyDayRule.NoEasyDay noEasyDay,
        AfterLongRunRule.AfterLongRun afterLongRun,
        WarmUpRule.WarmUp warmUp,
        StrengthRule.Strength strength,
        SleepRule.Sleep sleep,
        RefuelRule.Refuel refuel,
        PainRule.Pain pain,
        BurnoutRule.Burnout burnout,
        MonotonyRule.Monotony monotony) {

    public LevelRules {
        InvalidValueException.require(hardSessions != null && bufferDay != null && speedDays != null
                && newIntensity != null && acwrSpike != null && singleRunSpike != null && noEasyDay != null
                && afterLongRun != null && warmUp != null && strength != null && sleep != null && refuel != null
                && pain != null && burnout != null && monotony != null, "settings", "every rule needs its settings");
    }

    /** When a long run counts as hard: from this many moving minutes, or from this session load. */
    public record HardSessions(double longRunMinutes, double longRunLoad) {
        public HardSessions {
            positive(longRunMinutes, "longRunMinutes");
            positive(longRunLoad, "longRunLoad");
        }
    }

    /** The defaults from coaching practice; speed days and the long-run threshold differ by level. */
    public static LevelRules defaults(int maxSpeedDays, double longRunHardMinutes) {
        return new LevelRules(
                new HardSessions(longRunHardMinutes, 600),
                new BufferDayRule.BufferDay(true),
                new SpeedDaysRule.SpeedDays(true, maxSpeedDays),
                new NewIntensityRule.NewIntensity(true, 2, 3),
                new AcwrSpikeRule.AcwrSpike(true, 1.5),
                new SingleRunSpikeRule.SingleRunSpike(true, 0.30),
                new NoEasyDayRule.NoEasyDay(true),
                new AfterLongRunRule.AfterLongRun(true),
                new WarmUpRule.WarmUp(true, 15),
                new StrengthRule.Strength(true, 2),
                new SleepRule.Sleep(true, 7.0, 6.0, 3),
                new RefuelRule.Refuel(true, 60, 30, 20),
                new PainRule.Pain(true, 4, List.of("tendon", "achilles", "patell", "knee", "hip", "ankle", "joint", "heel",
                        "plantar", "shin", "bone", "sharp", "nagging", "stabbing")),
                new BurnoutRule.Burnout(true, 2, 3, 5, 6.0, 5, 5, 5, 1.0, 1.0),
                new MonotonyRule.Monotony(true, 2.0, 1.0));
    }

    /** Whether a rule is switched on at this level. */
    public boolean isEnabled(RuleId rule) {
        return switch (rule) {
            case BUFFER_DAY -> bufferDay.enabled();
            case SPEED_DAYS -> speedDays.enabled();
            case NEW_INTENSITY -> newIntensity.enabled();
            case ACWR_SPIKE -> acwrSpike.enabled();
            case SINGLE_RUN_SPIKE -> singleRunSpike.enabled();
            case NO_EASY_DAY -> noEasyDay.enabled();
            case AFTER_LONG_RUN -> afterLongRun.enabled();
            case WARM_UP -> warmUp.enabled();
            case STRENGTH -> strength.enabled();
            case SLEEP -> sleep.enabled();
            case REFUEL -> refuel.enabled();
            case PAIN -> pain.enabled();
            case BURNOUT -> burnout.enabled();
            case MONOTONY -> monotony.enabled();
        };
    }

    /** The same settings with one rule switched on or off. */
    public LevelRules withEnabled(RuleId rule, boolean on) {
        LevelRules r = this;
        return switch (rule) {
            case BUFFER_DAY -> r.withBufferDay(new BufferDayRule.BufferDay(on));
            case SPEED_DAYS -> r.withSpeedDays(new SpeedDaysRule.SpeedDays(on, speedDays.maxPerWeek()));
            case NEW_INTENSITY -> r.withNewIntensity(new NewIntensityRule.NewIntensity(on, newIntensity.minNewTypes(), newIntensity.quietWeeks()));
            case ACWR_SPIKE -> r.withAcwrSpike(new AcwrSpikeRule.AcwrSpike(on, acwrSpike.maxEwmaAcwr()));
            case SINGLE_RUN_SPIKE -> r.withSingleRunSpike(new SingleRunSpikeRule.SingleRunSpike(on, singleRunSpike.maxIncrease()));
            case NO_EASY_DAY -> r.withNoEasyDay(new NoEasyDayRule.NoEasyDay(on));
            case AFTER_LONG_RUN -> r.withAfterLongRun(new AfterLongRunRule.AfterLongRun(on));
            case WARM_UP -> r.withWarmUp(new WarmUpRule.WarmUp(on, warmUp.minMinutes()));
            case STRENGTH -> r.withStrength(new StrengthRule.Strength(on, strength.minPerWeek()));
            case SLEEP -> r.withSleep(new SleepRule.Sleep(on, sleep.amberBelowHours(), sleep.redBelowHours(), sleep.minNights()));
            case REFUEL -> r.withRefuel(new RefuelRule.Refuel(on, refuel.maxMinutesAfter(), refuel.minCarbsGrams(), refuel.minProteinGrams()));
            case PAIN -> r.withPain(new PainRule.Pain(on, pain.minPainScore(), pain.keywords()));
            case BURNOUT -> r.withBurnout(new BurnoutRule.Burnout(on, burnout.minSigns(), burnout.minDays(), burnout.highFatigue(),
                    burnout.poorSleepHours(), burnout.poorSleepQuality(), burnout.lowMood(), burnout.highStress(),
                    burnout.restingHrSdAbove(), burnout.hrvSdBelow()));
            case MONOTONY -> r.withMonotony(new MonotonyRule.Monotony(on, monotony.maxMonotony(), monotony.strainFactor()));
        };
    }

    public LevelRules withHardSessions(HardSessions v) {
        return new LevelRules(v, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withBufferDay(BufferDayRule.BufferDay v) {
        return new LevelRules(hardSessions, v, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withSpeedDays(SpeedDaysRule.SpeedDays v) {
        return new LevelRules(hardSessions, bufferDay, v, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withNewIntensity(NewIntensityRule.NewIntensity v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, v, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withAcwrSpike(AcwrSpikeRule.AcwrSpike v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, v, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withSingleRunSpike(SingleRunSpikeRule.SingleRunSpike v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, v, noEasyDay, afterLongRun, warmUp, strength, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withNoEasyDay(NoEasyDayRule.NoEasyDay v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, v, afterLongRun, warmUp, strength, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withAfterLongRun(AfterLongRunRule.AfterLongRun v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, v, warmUp, strength, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withWarmUp(WarmUpRule.WarmUp v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, v, strength, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withStrength(StrengthRule.Strength v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, v, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withSleep(SleepRule.Sleep v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, v, refuel, pain, burnout, monotony);
    }

    public LevelRules withRefuel(RefuelRule.Refuel v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, sleep, v, pain, burnout, monotony);
    }

    public LevelRules withPain(PainRule.Pain v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, sleep, refuel, v, burnout, monotony);
    }

    public LevelRules withBurnout(BurnoutRule.Burnout v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, sleep, refuel, pain, v, monotony);
    }

    public LevelRules withMonotony(MonotonyRule.Monotony v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, sleep, refuel, pain, burnout, v);
    }

    /** A threshold that must be a positive, finite number. */
    static void positive(double value, String field) {
        InvalidValueException.require(value > 0 && !Double.isInfinite(value), field, field + " must be a positive number");
    }
}
