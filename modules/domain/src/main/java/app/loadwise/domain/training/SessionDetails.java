package app.loadwise.domain.training;

import static app.loadwise.domain.common.InvalidValueException.require;

import app.loadwise.domain.common.InputLimits;
import app.loadwise.domain.common.InvalidValueException;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What was done in one training session, validated on construction. Minutes are moving time unless named
 * elapsed; RPE is on Borg's CR-10 scale; pain and muscle soreness are 0–10.
 */
public record SessionDetails(
        LocalDate date,
        LocalTime startTime,
        SessionType type,
        Double movingMinutes,
        Double elapsedMinutes,
        Double distanceKm,
        Integer rpe,
        Integer avgHr,
        Integer maxHr,
        Integer warmUpMinutes,
        Integer refuelMinutes,
        Integer carbsG,
        Integer proteinG,
        boolean pain,
        String painLocation,
        Integer painScore,
        Integer muscleSoreness,
        String notes) {

    public static final int MAX_PAIN_LOCATION_LENGTH = 100;
    public static final int MAX_NOTES_LENGTH = 2000;

    public SessionDetails {
        require(date != null, "date", "date is required (YYYY-MM-DD)");
        // Messages that quote values are made only when the check fails: import checks a million rows.
        if (type == null) {
            throw new InvalidValueException("type", "session type is required; one of " + SessionType.codes());
        }
        if (movingMinutes == null && type != SessionType.REST) {
            throw new InvalidValueException("movingMinutes", "moving minutes are required for a " + type.code() + " session");
        }
        require(movingMinutes == null || InputLimits.SESSION_MINUTES.contains(movingMinutes), "movingMinutes",
                "moving minutes must be " + InputLimits.SESSION_MINUTES.between());
        require(elapsedMinutes == null || InputLimits.SESSION_MINUTES.contains(elapsedMinutes), "elapsedMinutes",
                "elapsed minutes must be " + InputLimits.SESSION_MINUTES.between());
        if (elapsedMinutes != null && movingMinutes != null && elapsedMinutes < movingMinutes) {
            throw new InvalidValueException("elapsedMinutes",
                    "elapsed minutes (" + elapsedMinutes + ") must not be shorter than moving minutes (" + movingMinutes + ")");
        }
        require(distanceKm == null || InputLimits.DISTANCE_KM.contains(distanceKm), "distanceKm",
                "distance must be " + InputLimits.DISTANCE_KM.between());
        require(rpe == null || InputLimits.RPE.contains(rpe), "rpe", "RPE must be " + InputLimits.RPE.between() + " (CR-10 scale)");
        require(avgHr == null || InputLimits.SESSION_HEART_RATE.contains(avgHr), "avgHr",
                "average HR must be " + InputLimits.SESSION_HEART_RATE.between());
        require(maxHr == null || InputLimits.SESSION_HEART_RATE.contains(maxHr), "maxHr",
                "max HR must be " + InputLimits.SESSION_HEART_RATE.between());
        require(avgHr == null || maxHr == null || avgHr <= maxHr, "avgHr", "average HR must not exceed max HR");
        require(warmUpMinutes == null || InputLimits.WARM_UP_MINUTES.contains(warmUpMinutes), "warmUpMinutes",
                "warm-up minutes must be " + InputLimits.WARM_UP_MINUTES.between());
        require(refuelMinutes == null || InputLimits.SESSION_MINUTES.contains(refuelMinutes), "refuelMinutes",
                "refuel minutes must be " + InputLimits.SESSION_MINUTES.between());
        require(carbsG == null || InputLimits.CARBS_GRAMS.contains(carbsG), "carbsG",
                "carbohydrate must be " + InputLimits.CARBS_GRAMS.between());
        require(proteinG == null || InputLimits.PROTEIN_GRAMS.contains(proteinG), "proteinG",
                "protein must be " + InputLimits.PROTEIN_GRAMS.between());
        require(painScore == null || InputLimits.PAIN_SCALE.contains(painScore), "painScore",
                "pain must be " + InputLimits.PAIN_SCALE.between());
        require(muscleSoreness == null || InputLimits.PAIN_SCALE.contains(muscleSoreness), "muscleSoreness",
                "muscle soreness must be " + InputLimits.PAIN_SCALE.between());
        painLocation = blankToNull(painLocation);
        require(painLocation == null || painLocation.length() <= MAX_PAIN_LOCATION_LENGTH, "painLocation",
                "pain location must be at most " + MAX_PAIN_LOCATION_LENGTH + " characters");
        notes = blankToNull(notes);
        require(notes == null || notes.length() <= MAX_NOTES_LENGTH, "notes", "notes must be at most " + MAX_NOTES_LENGTH + " characters");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
