package app.loadwise.traininglog.plan;

import app.loadwise.domain.common.InputLimits;
import app.loadwise.domain.common.Limited;
import app.loadwise.domain.common.MaxText;
import app.loadwise.domain.plan.PlannedSessionDetails;
import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;

/**
 * A planned session: date, session type, planned minutes (not needed for a rest day), intended RPE (CR-10), and
 * optionally distance and a note. The domain checks the values with the ranges of a logged session and names the
 * field at fault.
 */
public record PlannedSessionRequest(
        LocalDate date,
        String type,
        @Limited(value = InputLimits.SESSION_MINUTES, description = "planned moving minutes; required but for a rest day") Double minutes,
        @Limited(value = InputLimits.RPE, description = "intended Borg CR-10 rating of perceived exertion") Integer intendedRpe,
        @Limited(InputLimits.DISTANCE_KM) Double distanceKm,
        @MaxText(PlannedSessionDetails.MAX_NOTE_LENGTH) String note) {

    public PlannedSessionDetails details() {
        return new PlannedSessionDetails(date, type == null ? null : SessionType.fromCode(type, "type"), minutes, intendedRpe,
                distanceKm, note);
    }
}
