package app.loadwise.recovery;

import app.loadwise.domain.common.InputLimits;
import app.loadwise.domain.common.Limited;
import app.loadwise.domain.health.BodyLocation;
import app.loadwise.domain.health.HealthEventDetails;
import app.loadwise.domain.health.HealthEventKind;
import app.loadwise.domain.health.HealthSeverity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An injury or illness to record, or the corrected state of one. Codes and ranges are checked by the domain, which names the field. */
public record HealthEventRequest(
        @NotBlank(message = "kind is required: injury or illness") String kind,
        @NotNull(message = "startedOn is required (YYYY-MM-DD)") LocalDate startedOn,
        LocalDate endedOn,
        String bodyLocation,
        String severity,
        @Limited(InputLimits.DAYS_LOST) Integer daysLost,
        @Size(max = HealthEventDetails.MAX_NOTE_LENGTH, message = "note must be at most " + HealthEventDetails.MAX_NOTE_LENGTH
                + " characters") String note) {

    public HealthEventDetails details() {
        return new HealthEventDetails(HealthEventKind.fromCode(kind, "kind"), startedOn, endedOn,
                BodyLocation.fromCode(bodyLocation, "bodyLocation"), HealthSeverity.fromCode(severity, "severity"), daysLost, note);
    }
}
