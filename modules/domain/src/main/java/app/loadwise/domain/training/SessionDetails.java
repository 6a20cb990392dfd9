package app.loadwise.domain.training;

import static app.loadwise.domain.common.InvalidValueException.require;

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

    static final double MINUTES_PER_DAY = 24 * 60;

    public SessionDetails {
        require(date != null, "date", "date is required (YYYY-MM-DD)");
        // Messages that quote values are made only when the check fails: import checks a million rows.
        if (type == null) {
            throw new InvalidValueException("type", "session type is required; one of " + SessionType.codes());
        }
        if (movingMinutes == null && type != SessionType.REST) {
            throw new InvalidValueException("movingMinutes", "moving minutes are required for a " + type.code() + " session");
        }
        require(movingMinutes == null || (movingMinutes >= 0 && movingMinutes <= MINUTES_PER_DAY), "movingMinutes",
                "moving minutes must be between 0 and 1440");
        require(elapsedMinutes == null || (elapsedMinutes >= 0 && elapsedMinutes <= MINUTES_PER_DAY), "elapsedMinutes",
                "elapsed minutes must be between 0 and 1440");
        if (elapsedMinutes != null && movingMinutes != null && elapsedMinutes < movingMinutes) {
            throw new InvalidValueException("elapsedMinutes",
                    "elapsed minutes (" + elapsedMinutes + ") must not be shorter than moving minutes (" + movingMinutes + ")");
        }
        require(distanceKm == null || (distanceKm >= 0 && distanceKm <= 1000), "distanceKm", "distance must be between 0 and 1000 km");
        require(rpe == null || (rpe >= 0 && rpe <= 10), "rpe", "RPE must be between 0 and 10 (CR-10 scale)");
        require(avgHr == null || (avgHr >= 25 && avgHr <= 250), "avgHr", "average HR must be between 25 and 250 bpm");
        require(maxHr == null || (maxHr >= 25 && maxHr <= 250), "maxHr", "max HR must be between 25 and 250 bpm");
        require(avgHr == null || maxHr == null || avgHr <= maxHr, "avgHr", "average HR must not exceed max HR");
        require(warmUpMinutes == null || (warmUpMinutes >= 0 && warmUpMinutes <= 300), "warmUpMinutes",
                "warm-up minutes must be between 0 and 300");
        require(refuelMinutes == null || (refuelMinutes >= 0 && refuelMinutes <= 1440), "refuelMinutes",
                "refuel minutes must be between 0 and 1440");
        require(carbsG == null || (carbsG >= 0 && carbsG <= 1000), "carbsG", "carbohydrate must be between 0 and 1000 g");
        require(proteinG == null || (proteinG >= 0 && proteinG <= 500), "proteinG", "protein must be between 0 and 500 g");
        require(painScore == null || (painScore >= 0 && painScore <= 10), "painScore", "pain must be between 0 and 10");
        require(muscleSoreness == null || (muscleSoreness >= 0 && muscleSoreness <= 10), "muscleSoreness",
                "muscle soreness must be between 0 and 10");
        painLocation = blankToNull(painLocation);
        require(painLocation == null || painLocation.length() <= 100, "painLocation", "pain location must be at most 100 characters");
        notes = blankToNull(notes);
        require(notes == null || notes.length() <= 2000, "notes", "notes must be at most 2000 characters");
    }

    /** A session with just the essentials; the other fields unset. */
    public static SessionDetails basic(LocalDate date, LocalTime startTime, SessionType type, Double movingMinutes, Integer rpe) {
        return new SessionDetails(date, startTime, type, movingMinutes, null, null, rpe, null, null, null, null, null, null,
                false, null, null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
