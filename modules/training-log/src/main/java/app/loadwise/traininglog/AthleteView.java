package app.loadwise.traininglog;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteProfile;

/** An athlete as the API shows them. */
public record AthleteView(long id, long clubId, String memberId, String name, String sex, Integer birthYear, String level,
                          Integer maxHr, Integer restingHr, String timeZone, boolean active, long version) {

    public static AthleteView of(Athlete athlete) {
        AthleteProfile p = athlete.profile();
        return new AthleteView(athlete.id(), athlete.clubId(), athlete.memberId(), p.name(), p.sex().code(), p.birthYear(),
                p.level().code(), p.maxHr(), p.restingHr(), p.timeZone() == null ? null : p.timeZone().getId(),
                athlete.isActive(), athlete.version());
    }
}
