package app.loadwise.recovery.engine;

import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.common.InputLimits;
import app.loadwise.domain.common.InvalidValueException;

/**
 * The athlete as the engine needs them. Heart rates and birth year are optional (null); without
 * maximum and resting heart rate (or a birth year to estimate the maximum), TRIMP is not used.
 */
public record AthleteProfile(
        String athleteId,
        Sex sex,
        ExperienceLevel experienceLevel,
        Integer maxHeartRate,
        Integer restingHeartRate,
        Integer birthYear) {

    public AthleteProfile {
        InvalidValueException.require(athleteId != null && !athleteId.isBlank(), "athleteId", "athlete id is required");
        InvalidValueException.require(experienceLevel != null, "experienceLevel", "experience level is required");
        sex = sex == null ? Sex.UNSPECIFIED : sex;
        InvalidValueException.require(maxHeartRate == null || InputLimits.ATHLETE_MAX_HEART_RATE.contains(maxHeartRate),
                "maxHeartRate", "maximum heart rate must be " + InputLimits.ATHLETE_MAX_HEART_RATE.between());
        InvalidValueException.require(restingHeartRate == null
                        || InputLimits.ATHLETE_RESTING_HEART_RATE.contains(restingHeartRate),
                "restingHeartRate", "resting heart rate must be " + InputLimits.ATHLETE_RESTING_HEART_RATE.between());
        InvalidValueException.require(maxHeartRate == null || restingHeartRate == null || maxHeartRate > restingHeartRate,
                "maxHeartRate", "maximum heart rate must be above resting heart rate");
        InvalidValueException.require(birthYear == null || InputLimits.BIRTH_YEAR.contains(birthYear),
                "birthYear", "birth year must be " + InputLimits.BIRTH_YEAR.between());
    }
}
