package app.loadwise.traininglog.plan;

import app.loadwise.domain.common.InputLimits;
import app.loadwise.domain.common.Limited;
import app.loadwise.domain.common.MaxText;
import app.loadwise.domain.plan.PlannedSession;
import app.loadwise.domain.plan.PlannedSessionDetails;
import java.time.LocalDate;

/** A planned session as the API shows it; {@code plannedLoad} is minutes x intended RPE (null without both). */
public record PlannedSessionView(
        long id,
        long athleteId,
        LocalDate date,
        String type,
        @Limited(value = InputLimits.SESSION_MINUTES, description = "planned moving minutes; required but for a rest day") Double minutes,
        @Limited(value = InputLimits.RPE, description = "intended Borg CR-10 rating of perceived exertion") Integer intendedRpe,
        @Limited(InputLimits.DISTANCE_KM) Double distanceKm,
        @MaxText(PlannedSessionDetails.MAX_NOTE_LENGTH) String note,
        Double plannedLoad,
        String source) {

    public static PlannedSessionView of(PlannedSession planned) {
        PlannedSessionDetails d = planned.details();
        return new PlannedSessionView(planned.id(), planned.athleteId(), d.date(), d.type().code(), d.minutes(), d.intendedRpe(),
                d.distanceKm(), d.note(), d.plannedLoad(), planned.source().code());
    }
}
