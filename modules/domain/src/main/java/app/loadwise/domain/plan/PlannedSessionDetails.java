package app.loadwise.domain.plan;

import static app.loadwise.domain.common.InvalidValueException.require;

import app.loadwise.domain.common.InputLimits;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;

/**
 * One planned session, validated on construction with the ranges and words a logged session is checked with
 * ({@link InputLimits}): duration in minutes as moving minutes (required but for a rest day), intended RPE on the
 * CR-10 scale, distance in km, a short note.
 */
public record PlannedSessionDetails(LocalDate date, SessionType type, Double minutes, Integer intendedRpe, Double distanceKm,
                                    String note) {

    public static final int MAX_NOTE_LENGTH = 500;

    public PlannedSessionDetails {
        require(date != null, "date", "date is required (YYYY-MM-DD)");
        if (type == null) {
            throw new InvalidValueException("type", "session type is required; one of " + SessionType.codes());
        }
        if (minutes == null && type != SessionType.REST) {
            throw new InvalidValueException("minutes", "planned minutes are required for a " + type.code() + " session");
        }
        require(minutes == null || InputLimits.SESSION_MINUTES.contains(minutes), "minutes",
                "planned minutes must be " + InputLimits.SESSION_MINUTES.between());
        require(intendedRpe == null || InputLimits.RPE.contains(intendedRpe), "intendedRpe",
                "intended RPE must be " + InputLimits.RPE.between() + " (CR-10 scale)");
        require(distanceKm == null || InputLimits.DISTANCE_KM.contains(distanceKm), "distanceKm",
                "distance must be " + InputLimits.DISTANCE_KM.between());
        note = note == null || note.isBlank() ? null : note.strip();
        require(note == null || note.length() <= MAX_NOTE_LENGTH, "note", "note must be at most " + MAX_NOTE_LENGTH + " characters");
    }

    /** The planned load in session-RPE units (minutes x intended RPE); null without both. */
    public Double plannedLoad() {
        return minutes == null || intendedRpe == null ? null : minutes * intendedRpe;
    }
}
