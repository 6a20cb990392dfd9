package app.loadwise.traininglog;

import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.TrainingSession;
import java.time.LocalDate;
import java.time.LocalTime;

/** A training session as the API shows it. */
public record SessionView(long id, long athleteId, LocalDate date, LocalTime startTime, String type, Double movingMinutes,
                          Double elapsedMinutes, Double distanceKm, Integer rpe, Integer avgHr, Integer maxHr,
                          Integer warmUpMinutes, Integer refuelMinutes, Integer carbsG, Integer proteinG, boolean pain,
                          String painLocation, Integer painScore, Integer muscleSoreness, String notes, boolean excluded,
                          String excludedReason, String source, Long importId, Integer importRow, long version) {

    public static SessionView of(TrainingSession session) {
        SessionDetails d = session.details();
        return new SessionView(session.id(), session.athleteId(), d.date(), d.startTime(), d.type().code(), d.movingMinutes(),
                d.elapsedMinutes(), d.distanceKm(), d.rpe(), d.avgHr(), d.maxHr(), d.warmUpMinutes(), d.refuelMinutes(),
                d.carbsG(), d.proteinG(), d.pain(), d.painLocation(), d.painScore(), d.muscleSoreness(), d.notes(),
                session.isExcluded(), session.excludedReason(), session.source().channel(), session.source().importId(),
                session.source().row(), session.version());
    }
}
