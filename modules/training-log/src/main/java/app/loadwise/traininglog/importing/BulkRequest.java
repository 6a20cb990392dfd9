package app.loadwise.traininglog.importing;

import app.loadwise.domain.common.InputLimits;
import app.loadwise.domain.common.Limited;
import app.loadwise.domain.common.MaxText;
import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.WellnessDetails;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Many sessions or wellness entries in one call, checked and written as an import of the club. */
public final class BulkRequest {

    private BulkRequest() {
    }

    /**
     * Sessions: each names its athlete by {@code athleteId} or {@code memberId}. {@code dryRun} checks only;
     * {@code skipInvalid} writes the valid items when some are invalid; {@code createAthletes} enrols unknown member
     * ids.
     */
    public record Sessions(List<SessionItem> items, Boolean dryRun, Boolean skipInvalid, Boolean createAthletes) {
    }

    /** Wellness entries, one per athlete and date. */
    public record Wellness(List<WellnessItem> items, Boolean dryRun, Boolean skipInvalid, Boolean createAthletes) {
    }

    public record SessionItem(
            Long athleteId,
            String memberId,
            String name,
            LocalDate date,
            LocalTime startTime,
            String type,
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
            @MaxText(SessionDetails.MAX_NOTES_LENGTH) String notes) {
    }

    public record WellnessItem(
            Long athleteId,
            String memberId,
            String name,
            LocalDate date,
            @Limited(InputLimits.SLEEP_HOURS) Double sleepHours,
            @Limited(value = InputLimits.HOOPER_SCALE, description = "Hooper scale, 7 = worst") Integer sleepQuality,
            @Limited(value = InputLimits.MORNING_RESTING_HEART_RATE, description = "morning resting heart rate, bpm") Integer restingHr,
            @Limited(value = InputLimits.HRV_MS, description = "rMSSD, ms") Double hrvMs,
            @Limited(value = InputLimits.HOOPER_SCALE, description = "Hooper scale, 7 = worst") Integer fatigue,
            @Limited(value = InputLimits.HOOPER_SCALE, description = "Hooper scale, 7 = worst") Integer stress,
            @Limited(value = InputLimits.HOOPER_SCALE, description = "Hooper scale, 7 = worst") Integer mood,
            @Limited(value = InputLimits.HOOPER_SCALE, description = "Hooper scale, 7 = worst") Integer soreness,
            @MaxText(WellnessDetails.MAX_PAIN_NOTE_LENGTH) String painNote) {
    }
}
