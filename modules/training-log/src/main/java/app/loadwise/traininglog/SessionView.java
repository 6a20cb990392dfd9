package app.loadwise.traininglog;

import app.loadwise.domain.common.InputLimits;
import app.loadwise.domain.common.Limited;
import app.loadwise.domain.common.MaxText;
import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.TrainingSession;
import java.time.LocalDate;
import java.time.LocalTime;

/** A training session as the API shows it. */
public record SessionView(
        long id,
        long athleteId,
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
        boolean pain,
        @MaxText(SessionDetails.MAX_PAIN_LOCATION_LENGTH) String painLocation,
        @Limited(InputLimits.PAIN_SCALE) Integer painScore,
        @Limited(InputLimits.PAIN_SCALE) Integer muscleSoreness,
        @MaxText(SessionDetails.MAX_NOTES_LENGTH) String notes,
        boolean excluded,
        @MaxText(TrainingSession.MAX_EXCLUDED_REASON_LENGTH) String excludedReason,
        String source,
        Long importId,
        Integer importRow,
        long version) {

    public static SessionView of(TrainingSession session) {
        SessionDetails d = session.details();
        return new SessionView(session.id(), session.athleteId(), d.date(), d.startTime(), d.type().code(), d.movingMinutes(),
                d.elapsedMinutes(), d.distanceKm(), d.rpe(), d.avgHr(), d.maxHr(), d.warmUpMinutes(), d.refuelMinutes(),
                d.carbsG(), d.proteinG(), d.pain(), d.painLocation(), d.painScore(), d.muscleSoreness(), d.notes(),
                session.isExcluded(), session.excludedReason(), session.source().channel(), session.source().importId(),
                session.source().row(), session.version());
    }
}
