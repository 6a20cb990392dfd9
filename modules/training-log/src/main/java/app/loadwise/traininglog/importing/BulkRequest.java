package app.loadwise.traininglog.importing;

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

    public record SessionItem(Long athleteId, String memberId, String name, LocalDate date, LocalTime startTime, String type,
            Double movingMinutes, Double elapsedMinutes, Double distanceKm, Integer rpe, Integer avgHr, Integer maxHr,
            Integer warmUpMinutes, Integer refuelMinutes, Integer carbsG, Integer proteinG, Boolean pain, String painLocation,
            Integer painScore, Integer muscleSoreness, String notes) {
    }

    public record WellnessItem(Long athleteId, String memberId, String name, LocalDate date, Double sleepHours,
            Integer sleepQuality, Integer restingHr, Double hrvMs, Integer fatigue, Integer stress, Integer mood,
            Integer soreness, String painNote) {
    }
}
