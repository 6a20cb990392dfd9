package app.loadwise.domain.athlete;

import app.loadwise.domain.common.InputLimits;
import app.loadwise.domain.common.InvalidValueException;
import java.time.ZoneId;

/** What an athlete tells about themselves; validated on construction. */
public record AthleteProfile(String name, Sex sex, Integer birthYear, ExperienceLevel level,
                             Integer maxHr, Integer restingHr, ZoneId timeZone) {

    public AthleteProfile {
        InvalidValueException.require(name != null && !name.isBlank(), "name", "name is required");
        name = name.strip();
        InvalidValueException.require(name.length() <= 200, "name", "name must be at most 200 characters");
        sex = sex == null ? Sex.UNSPECIFIED : sex;
        InvalidValueException.require(level != null, "level", "experience level is required; use beginner, intermediate or advanced");
        InvalidValueException.require(birthYear == null || InputLimits.BIRTH_YEAR.contains(birthYear), "birthYear",
                "birth year must be " + InputLimits.BIRTH_YEAR.between());
        InvalidValueException.require(maxHr == null || InputLimits.ATHLETE_MAX_HEART_RATE.contains(maxHr), "maxHr",
                "max HR must be " + InputLimits.ATHLETE_MAX_HEART_RATE.between());
        InvalidValueException.require(restingHr == null || InputLimits.ATHLETE_RESTING_HEART_RATE.contains(restingHr),
                "restingHr", "resting HR must be " + InputLimits.ATHLETE_RESTING_HEART_RATE.between());
        InvalidValueException.require(maxHr == null || restingHr == null || restingHr < maxHr, "restingHr",
                "resting HR must be below max HR");
    }
}
