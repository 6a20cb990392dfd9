package app.loadwise.traininglog;

import app.loadwise.domain.club.Club;
import java.time.Instant;

/** A club as the API shows it. */
public record ClubView(long id, String name, String timeZone, String firstDayOfWeek, String locale, Instant createdAt,
                       long version) {

    public static ClubView of(Club club) {
        return new ClubView(club.id(), club.name(), club.timeZone().getId(), club.firstDayOfWeek().name(),
                club.locale().toLanguageTag(), club.createdAt(), club.version());
    }
}
