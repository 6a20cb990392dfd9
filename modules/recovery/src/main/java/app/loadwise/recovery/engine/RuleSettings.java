package app.loadwise.recovery.engine;

import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.common.InvalidValueException;
import java.util.function.UnaryOperator;

/**
 * A club's rule settings: one {@link LevelRules} per experience level, plus how many unlogged days in a
 * row still count as rest while the athlete is logging (longer gaps are unknown, never rest).
 */
public record RuleSettings(int maxImplicitRestDays, LevelRules beginner, LevelRules intermediate, LevelRules advanced) {

    private static final RuleSettings DEFAULTS = new RuleSettings(3,
            LevelRules.defaults(1, 75),
            LevelRules.defaults(2, 90),
            LevelRules.defaults(3, 120));

    public RuleSettings {
        InvalidValueException.require(maxImplicitRestDays >= 0 && maxImplicitRestDays <= 6, "maxImplicitRestDays",
                "implicit rest days must be 0 to 6");
        InvalidValueException.require(beginner != null && intermediate != null && advanced != null, "settings",
                "settings are required for every experience level");
    }

    /** Speed days 1 / 2 / 3 and long runs hard from 75 / 90 / 120 minutes for beginner / intermediate / advanced. */
    public static RuleSettings defaults() {
        return DEFAULTS;
    }

    public LevelRules forLevel(ExperienceLevel level) {
        return switch (level) {
            case BEGINNER -> beginner;
            case INTERMEDIATE -> intermediate;
            case ADVANCED -> advanced;
        };
    }

    public RuleSettings withLevel(ExperienceLevel level, LevelRules rules) {
        return switch (level) {
            case BEGINNER -> new RuleSettings(maxImplicitRestDays, rules, intermediate, advanced);
            case INTERMEDIATE -> new RuleSettings(maxImplicitRestDays, beginner, rules, advanced);
            case ADVANCED -> new RuleSettings(maxImplicitRestDays, beginner, intermediate, rules);
        };
    }

    /** Applies one change to every level, e.g. {@code s.withAllLevels(r -> r.withEnabled(RuleId.STRENGTH, false))}. */
    public RuleSettings withAllLevels(UnaryOperator<LevelRules> change) {
        return new RuleSettings(maxImplicitRestDays, change.apply(beginner), change.apply(intermediate),
                change.apply(advanced));
    }

    public RuleSettings withMaxImplicitRestDays(int days) {
        return new RuleSettings(days, beginner, intermediate, advanced);
    }
}
