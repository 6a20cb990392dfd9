package app.loadwise.domain.health;

import static app.loadwise.domain.common.InvalidValueException.require;

import app.loadwise.domain.common.InputLimits;
import java.time.LocalDate;

/**
 * What was recorded about an injury or illness. Dates are local dates of the athlete; an event without an end date
 * is still going on. An injury names a body location; an illness may.
 */
public record HealthEventDetails(
        HealthEventKind kind,
        LocalDate startedOn,
        LocalDate endedOn,
        BodyLocation bodyLocation,
        HealthSeverity severity,
        Integer daysLost,
        String note) {

    public static final int MAX_NOTE_LENGTH = 2000;

    public HealthEventDetails {
        require(kind != null, "kind", "kind is required; use " + HealthEventKind.codes());
        require(startedOn != null, "startedOn", "startedOn is required (YYYY-MM-DD)");
        require(endedOn == null || !endedOn.isBefore(startedOn), "endedOn",
                "endedOn (" + endedOn + ") must not be before startedOn (" + startedOn + ")");
        require(kind != HealthEventKind.INJURY || bodyLocation != null, "bodyLocation",
                "an injury needs a body location; use " + BodyLocation.codes());
        require(daysLost == null || InputLimits.DAYS_LOST.contains(daysLost), "daysLost",
                "daysLost must be " + InputLimits.DAYS_LOST.between());
        note = note == null || note.isBlank() ? null : note.strip();
        require(note == null || note.length() <= MAX_NOTE_LENGTH, "note",
                "note must be at most " + MAX_NOTE_LENGTH + " characters, got " + (note == null ? 0 : note.length()));
    }
}
