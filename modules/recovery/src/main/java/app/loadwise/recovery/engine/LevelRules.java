package app.loadwise.recovery.engine;

import app.loadwise.domain.common.InvalidValueException;
import java.util.List;
import java.util.Locale;

/**
 * Every rule's switch and thresholds for one experience level. "Above" thresholds fire when a value is
 * strictly greater, "below" thresholds when strictly smaller; docs/scoring.md lists each comparison.
 */
public record LevelRules(
        HardSessions hardSessions,
        BufferDay bufferDay,
        SpeedDays speedDays,
        NewIntensity newIntensity,
        AcwrSpike acwrSpike,
        SingleRunSpike singleRunSpike,
        NoEasyDay noEasyDay,
        AfterLongRun afterLongRun,
        WarmUp warmUp,
        Strength strength,
        Sleep sleep,
        Refuel refuel,
        Pain pain,
        Burnout burnout,
        Monotony monotony) {

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

    /** A hard day must be followed by an easy, rest or cross-training day. */
    public record BufferDay(boolean enabled) {
    }

    /** Days with speed work (tempo, intervals, hills, race pace, race) allowed per week. */
    public record SpeedDays(boolean enabled, int maxPerWeek) {
        public SpeedDays {
            InvalidValueException.require(maxPerWeek >= 0 && maxPerWeek <= 7, "maxPerWeek", "speed days per week must be 0 to 7");
        }
    }

    /** At least {@code minNewTypes} speed-work types in a week after {@code quietWeeks} weeks with none. */
    public record NewIntensity(boolean enabled, int minNewTypes, int quietWeeks) {
        public NewIntensity {
            InvalidValueException.require(minNewTypes >= 1 && minNewTypes <= 5, "minNewTypes", "new intensity types must be 1 to 5");
            InvalidValueException.require(quietWeeks >= 1 && quietWeeks <= 8, "quietWeeks", "quiet weeks must be 1 to 8");
        }
    }

    /** EWMA acute:chronic workload ratio above {@code maxEwmaAcwr}. */
    public record AcwrSpike(boolean enabled, double maxEwmaAcwr) {
        public AcwrSpike {
            positive(maxEwmaAcwr, "maxEwmaAcwr");
        }
    }

    /** A run more than {@code maxIncrease} (0.30 = 30%) longer than the longest of the previous 30 days. */
    public record SingleRunSpike(boolean enabled, double maxIncrease) {
        public SingleRunSpike {
            positive(maxIncrease, "maxIncrease");
        }
    }

    /** A complete week needs at least one easy or rest day. */
    public record NoEasyDay(boolean enabled) {
    }

    /** The day after a weekend long run must be easy or off. */
    public record AfterLongRun(boolean enabled) {
    }

    /** Speed sessions need a recorded warm-up of at least {@code minMinutes}. */
    public record WarmUp(boolean enabled, double minMinutes) {
        public WarmUp {
            positive(minMinutes, "minMinutes");
        }
    }

    /** At least {@code minPerWeek} strength sessions in a complete week. */
    public record Strength(boolean enabled, int minPerWeek) {
        public Strength {
            InvalidValueException.require(minPerWeek >= 0 && minPerWeek <= 14, "minPerWeek", "strength sessions must be 0 to 14");
        }
    }

    /** Average sleep below {@code amberBelowHours} is amber, below {@code redBelowHours} red; needs {@code minNights}. */
    public record Sleep(boolean enabled, double amberBelowHours, double redBelowHours, int minNights) {
        public Sleep {
            InvalidValueException.require(redBelowHours > 0 && redBelowHours <= amberBelowHours && amberBelowHours <= 24,
                    "sleep", "sleep thresholds need 0 < red <= amber <= 24 hours");
            InvalidValueException.require(minNights >= 1 && minNights <= 7, "minNights", "nights must be 1 to 7");
        }
    }

    /** After a hard session: refuel within {@code maxMinutesAfter}, with at least the given carbs and protein. */
    public record Refuel(boolean enabled, double maxMinutesAfter, double minCarbsGrams, double minProteinGrams) {
        public Refuel {
            positive(maxMinutesAfter, "maxMinutesAfter");
            InvalidValueException.require(minCarbsGrams >= 0 && minProteinGrams >= 0, "refuel", "grams must not be negative");
        }
    }

    /**
     * A pain report: the pain flag, a pain score from {@code minPainScore}, or a location or note that
     * {@link PainText} reads as a report: one of {@code keywords} (tendons, joints, bones, or words like "sharp") as a
     * whole word, outside a muscle phrase and not negated, or pain that comes back.
     */
    public record Pain(boolean enabled, int minPainScore, List<String> keywords) {
        public Pain {
            InvalidValueException.require(minPainScore >= 1 && minPainScore <= 10, "minPainScore", "pain score must be 1 to 10");
            InvalidValueException.require(keywords != null, "keywords", "keywords are required");
            keywords = keywords.stream().map(k -> k.trim().toLowerCase(Locale.ROOT)).filter(k -> !k.isEmpty()).toList();
        }
    }

    /**
     * Burnout signs per day: high fatigue; poor sleep (hours or quality); low mood or high stress; resting heart
     * rate above, or HRV below, the athlete's 60-day baseline by the given number of standard deviations.
     * Red when at least {@code minSigns} signs show on at least {@code minDays} days of the week.
     */
    public record Burnout(boolean enabled, int minSigns, int minDays, int highFatigue, double poorSleepHours,
                          int poorSleepQuality, int lowMood, int highStress, double restingHrSdAbove,
                          double hrvSdBelow) {
        public Burnout {
            InvalidValueException.require(minSigns >= 1 && minSigns <= 4, "minSigns", "signs must be 1 to 4");
            InvalidValueException.require(minDays >= 1 && minDays <= 7, "minDays", "days must be 1 to 7");
            positive(restingHrSdAbove, "restingHrSdAbove");
            positive(hrvSdBelow, "hrvSdBelow");
        }
    }

    /** Monotony above {@code maxMonotony} with strain above {@code strainFactor} x the athlete's usual. */
    public record Monotony(boolean enabled, double maxMonotony, double strainFactor) {
        public Monotony {
            positive(maxMonotony, "maxMonotony");
            positive(strainFactor, "strainFactor");
        }
    }

    /** The defaults from coaching practice; speed days and the long-run threshold differ by level. */
    public static LevelRules defaults(int maxSpeedDays, double longRunHardMinutes) {
        return new LevelRules(
                new HardSessions(longRunHardMinutes, 600),
                new BufferDay(true),
                new SpeedDays(true, maxSpeedDays),
                new NewIntensity(true, 2, 3),
                new AcwrSpike(true, 1.5),
                new SingleRunSpike(true, 0.30),
                new NoEasyDay(true),
                new AfterLongRun(true),
                new WarmUp(true, 15),
                new Strength(true, 2),
                new Sleep(true, 7.0, 6.0, 3),
                new Refuel(true, 60, 30, 20),
                new Pain(true, 4, List.of("tendon", "achilles", "patell", "knee", "hip", "ankle", "joint", "heel",
                        "plantar", "shin", "bone", "sharp", "nagging", "stabbing")),
                new Burnout(true, 2, 3, 5, 6.0, 5, 5, 5, 1.0, 1.0),
                new Monotony(true, 2.0, 1.0));
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
            case BUFFER_DAY -> r.withBufferDay(new BufferDay(on));
            case SPEED_DAYS -> r.withSpeedDays(new SpeedDays(on, speedDays.maxPerWeek()));
            case NEW_INTENSITY -> r.withNewIntensity(new NewIntensity(on, newIntensity.minNewTypes(), newIntensity.quietWeeks()));
            case ACWR_SPIKE -> r.withAcwrSpike(new AcwrSpike(on, acwrSpike.maxEwmaAcwr()));
            case SINGLE_RUN_SPIKE -> r.withSingleRunSpike(new SingleRunSpike(on, singleRunSpike.maxIncrease()));
            case NO_EASY_DAY -> r.withNoEasyDay(new NoEasyDay(on));
            case AFTER_LONG_RUN -> r.withAfterLongRun(new AfterLongRun(on));
            case WARM_UP -> r.withWarmUp(new WarmUp(on, warmUp.minMinutes()));
            case STRENGTH -> r.withStrength(new Strength(on, strength.minPerWeek()));
            case SLEEP -> r.withSleep(new Sleep(on, sleep.amberBelowHours(), sleep.redBelowHours(), sleep.minNights()));
            case REFUEL -> r.withRefuel(new Refuel(on, refuel.maxMinutesAfter(), refuel.minCarbsGrams(), refuel.minProteinGrams()));
            case PAIN -> r.withPain(new Pain(on, pain.minPainScore(), pain.keywords()));
            case BURNOUT -> r.withBurnout(new Burnout(on, burnout.minSigns(), burnout.minDays(), burnout.highFatigue(),
                    burnout.poorSleepHours(), burnout.poorSleepQuality(), burnout.lowMood(), burnout.highStress(),
                    burnout.restingHrSdAbove(), burnout.hrvSdBelow()));
            case MONOTONY -> r.withMonotony(new Monotony(on, monotony.maxMonotony(), monotony.strainFactor()));
        };
    }

    public LevelRules withHardSessions(HardSessions v) {
        return new LevelRules(v, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withBufferDay(BufferDay v) {
        return new LevelRules(hardSessions, v, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withSpeedDays(SpeedDays v) {
        return new LevelRules(hardSessions, bufferDay, v, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withNewIntensity(NewIntensity v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, v, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withAcwrSpike(AcwrSpike v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, v, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withSingleRunSpike(SingleRunSpike v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, v, noEasyDay, afterLongRun, warmUp, strength, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withNoEasyDay(NoEasyDay v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, v, afterLongRun, warmUp, strength, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withAfterLongRun(AfterLongRun v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, v, warmUp, strength, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withWarmUp(WarmUp v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, v, strength, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withStrength(Strength v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, v, sleep, refuel, pain, burnout, monotony);
    }

    public LevelRules withSleep(Sleep v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, v, refuel, pain, burnout, monotony);
    }

    public LevelRules withRefuel(Refuel v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, sleep, v, pain, burnout, monotony);
    }

    public LevelRules withPain(Pain v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, sleep, refuel, v, burnout, monotony);
    }

    public LevelRules withBurnout(Burnout v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, sleep, refuel, pain, v, monotony);
    }

    public LevelRules withMonotony(Monotony v) {
        return new LevelRules(hardSessions, bufferDay, speedDays, newIntensity, acwrSpike, singleRunSpike, noEasyDay, afterLongRun, warmUp, strength, sleep, refuel, pain, burnout, v);
    }

    private static void positive(double value, String field) {
        InvalidValueException.require(value > 0 && !Double.isInfinite(value), field, field + " must be a positive number");
    }
}
