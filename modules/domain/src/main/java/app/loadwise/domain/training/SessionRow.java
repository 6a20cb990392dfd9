package app.loadwise.domain.training;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A stored session as read in bulk for scoring: the columns as they are, not re-validated, so one odd row
 * fails only its own athlete's scoring, never the read of a whole batch. {@code notes} are read for pain reports.
 */
public record SessionRow(long id, long athleteId, LocalDate date, LocalTime startTime, SessionType type, Double movingMinutes,
                         Double elapsedMinutes, Double distanceKm, Integer rpe, Integer avgHr, Integer maxHr,
                         Integer warmUpMinutes, Integer refuelMinutes, Integer carbsG, Integer proteinG, boolean pain,
                         String painLocation, Integer painScore, Integer muscleSoreness, boolean excluded, String notes) {
}
