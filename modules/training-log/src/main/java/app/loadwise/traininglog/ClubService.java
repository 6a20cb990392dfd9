package app.loadwise.traininglog;

import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.ConflictException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.Locale;

/** Creates, changes and removes clubs. */
@ApplicationScoped
@Transactional
public class ClubService {

    @Inject
    ClubRepository clubs;

    @Inject
    AthleteRepository athletes;

    @Inject
    Clock clock;

    public ClubView create(ClubRequest request) {
        Club club = new Club(request.name(), Club.parseTimeZone(request.timeZone()), dayOf(request.firstDayOfWeek()),
                Club.parseLocale(request.locale()), clock.instant());
        return ClubView.of(clubs.store(club));
    }

    public ClubView get(long id) {
        return ClubView.of(clubs.get(id));
    }

    public Page<ClubView> list(PageRequest page) {
        return clubs.list(page).map(ClubView::of);
    }

    public ClubView update(long id, ClubRequest request) {
        Club club = clubs.get(id);
        club.rename(request.name());
        club.changeTimeZone(Club.parseTimeZone(request.timeZone()));
        club.changeFirstDayOfWeek(dayOf(request.firstDayOfWeek()));
        club.changeLocale(Club.parseLocale(request.locale()));
        return ClubView.of(clubs.store(club));
    }

    /** Removes an empty club; a club with athletes must be emptied first so no training log is lost by accident. */
    public void delete(long id) {
        Club club = clubs.get(id);
        long members = athletes.countInClub(id);
        if (members > 0) {
            throw new ConflictException("id", "club " + id + " still has " + members
                    + " athlete(s); delete them first (their training log goes with them)");
        }
        clubs.remove(club);
    }

    private static DayOfWeek dayOf(String name) {
        return name == null || name.isBlank() ? DayOfWeek.MONDAY : DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
