package app.loadwise.traininglog;

import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.SessionType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;

/** A session to record or the new state of one. Ranges are checked by the domain, which names the field at fault. */
public record SessionRequest(
        @NotNull(message = "date is required (YYYY-MM-DD)") LocalDate date,
        LocalTime startTime,
        @NotBlank(message = "session type is required") String type,
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
        Boolean pain,
        String painLocation,
        Integer painScore,
        Integer muscleSoreness,
        String notes,
        Boolean excluded,
        String excludedReason) {

    public SessionDetails details() {
        return new SessionDetails(date, startTime, SessionType.fromCode(type, "type"), movingMinutes, elapsedMinutes,
                distanceKm, rpe, avgHr, maxHr, warmUpMinutes, refuelMinutes, carbsG, proteinG, Boolean.TRUE.equals(pain),
                painLocation, painScore, muscleSoreness, notes);
    }
}
