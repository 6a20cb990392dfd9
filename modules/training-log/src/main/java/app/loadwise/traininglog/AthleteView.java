package app.loadwise.traininglog;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.common.InputLimits;
import app.loadwise.domain.common.Limited;

/** An athlete as the API shows them. */
public record AthleteView(
        long id,
        long clubId,
        String memberId,
        String name,
        String sex,
        @Limited(InputLimits.BIRTH_YEAR) Integer birthYear,
        String level,
        @Limited(InputLimits.ATHLETE_MAX_HEART_RATE) Integer maxHr,
        @Limited(value = InputLimits.ATHLETE_RESTING_HEART_RATE, description = "below maxHr") Integer restingHr,
        String timeZone,
        boolean active,
        long version) {

    public static AthleteView of(Athlete athlete) {
        AthleteProfile p = athlete.profile();
        return new AthleteView(athlete.id(), athlete.clubId(), athlete.memberId(), p.name(), p.sex().code(), p.birthYear(),
                p.level().code(), p.maxHr(), p.restingHr(), p.timeZone() == null ? null : p.timeZone().getId(),
                athlete.isActive(), athlete.version());
    }
}
