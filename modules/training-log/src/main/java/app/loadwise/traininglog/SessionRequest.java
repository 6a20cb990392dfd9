package app.loadwise.traininglog;

import app.loadwise.domain.common.InputLimits;
import app.loadwise.domain.common.Limited;
import app.loadwise.domain.common.MaxText;
import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.SessionType;
import app.loadwise.domain.training.TrainingSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;

/** A session to record or the new state of one. Ranges are checked by the domain, which names the field at fault. */
public record SessionRequest(
        @NotNull(message = "date is required (YYYY-MM-DD)") LocalDate date,
        LocalTime startTime,
        @NotBlank(message = "session type is required") String type,
        @Limited(InputLimits.SESSION_MINUTES) Double movingMinutes,
        @Limited(value = InputLimits.SESSION_MINUTES, description = "not shorter than movingMinutes") Double elapsedMinutes,
        @Limited(InputLimits.DISTANCE_KM) Double distanceKm,
        @Limited(value = InputLimits.RPE, description = "Borg CR-10 rating of perceived exertion") Integer rpe,
        @Limited(value = InputLimits.SESSION_HEART_RATE, description = "not above maxHr") Integer avgHr,
        @Limited(InputLimits.SESSION_HEART_RATE) Integer maxHr,
        @Limited(InputLimits.WARM_UP_MINUTES) Integer warmUpMinutes,
        @Limited(value = InputLimits.SESSION_MINUTES, description = "minutes after the session until the first meal") Integer refuelMinutes,
        @Limited(InputLimits.CARBS_GRAMS) Integer carbsG,
        @Limited(InputLimits.PROTEIN_GRAMS) Integer proteinG,
        Boolean pain,
        @MaxText(SessionDetails.MAX_PAIN_LOCATION_LENGTH) String painLocation,
        @Limited(InputLimits.PAIN_SCALE) Integer painScore,
        @Limited(InputLimits.PAIN_SCALE) Integer muscleSoreness,
        @MaxText(SessionDetails.MAX_NOTES_LENGTH) String notes,
        Boolean excluded,
        @MaxText(TrainingSession.MAX_EXCLUDED_REASON_LENGTH) String excludedReason) {

    public SessionDetails details() {
        return new SessionDetails(date, startTime, SessionType.fromCode(type, "type"), movingMinutes, elapsedMinutes,
                distanceKm, rpe, avgHr, maxHr, warmUpMinutes, refuelMinutes, carbsG, proteinG, Boolean.TRUE.equals(pain),
                painLocation, painScore, muscleSoreness, notes);
    }
}
