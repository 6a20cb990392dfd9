package app.loadwise.recovery;

import app.loadwise.domain.health.HealthEvent;
import app.loadwise.domain.health.HealthEventDetails;
import java.time.Instant;
import java.time.LocalDate;

/** An injury or illness as the API shows it; {@code endedOn} null means it is still going on. */
public record HealthEventView(long id, long athleteId, String kind, LocalDate startedOn, LocalDate endedOn, String bodyLocation,
                              String severity, Integer daysLost, String note, String recordedBy, Instant recordedAt,
                              String updatedBy, Instant updatedAt, long version) {

    public static HealthEventView of(HealthEvent event) {
        HealthEventDetails d = event.details();
        return new HealthEventView(event.id(), event.athleteId(), d.kind().code(), d.startedOn(), d.endedOn(),
                d.bodyLocation() == null ? null : d.bodyLocation().code(), d.severity() == null ? null : d.severity().code(),
                d.daysLost(), d.note(), event.recordedBy(), event.recordedAt(), event.updatedBy(), event.updatedAt(), event.version());
    }
}
