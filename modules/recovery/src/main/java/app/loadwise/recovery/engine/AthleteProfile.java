package app.loadwise.recovery.engine;

import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
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
        InvalidValueException.require(maxHeartRate == null || (maxHeartRate >= 100 && maxHeartRate <= 240),
                "maxHeartRate", "maximum heart rate must be between 100 and 240 bpm");
        InvalidValueException.require(restingHeartRate == null || (restingHeartRate >= 25 && restingHeartRate <= 120),
                "restingHeartRate", "resting heart rate must be between 25 and 120 bpm");
        InvalidValueException.require(maxHeartRate == null || restingHeartRate == null || maxHeartRate > restingHeartRate,
                "maxHeartRate", "maximum heart rate must be above resting heart rate");
        InvalidValueException.require(birthYear == null || (birthYear >= 1900 && birthYear <= 9999),
                "birthYear", "birth year must be between 1900 and 9999");
    }

    /** A profile with no heart-rate data: loads come from session-RPE or session-type defaults. */
    public static AthleteProfile of(String athleteId, Sex sex, ExperienceLevel level) {
        return new AthleteProfile(athleteId, sex, level, null, null, null);
    }
}
