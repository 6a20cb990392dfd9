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
import java.util.List;
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

    /** The one club a club member sees, as a page like {@link #list}. */
    public Page<ClubView> listOnly(long clubId, PageRequest page) {
        List<ClubView> items = page.page() == 0 ? clubs.find(clubId).map(ClubView::of).map(List::of).orElse(List.of()) : List.of();
        return Page.of(items, page, clubs.find(clubId).isPresent() ? 1 : 0);
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
