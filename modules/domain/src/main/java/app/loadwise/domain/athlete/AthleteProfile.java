package app.loadwise.domain.athlete;

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
        InvalidValueException.require(birthYear == null || (birthYear >= 1900 && birthYear <= 2100), "birthYear",
                "birth year must be between 1900 and 2100");
        InvalidValueException.require(maxHr == null || (maxHr >= 100 && maxHr <= 250), "maxHr",
                "max HR must be between 100 and 250 bpm");
        InvalidValueException.require(restingHr == null || (restingHr >= 25 && restingHr <= 120), "restingHr",
                "resting HR must be between 25 and 120 bpm");
        InvalidValueException.require(maxHr == null || restingHr == null || restingHr < maxHr, "restingHr",
                "resting HR must be below max HR");
    }
}
