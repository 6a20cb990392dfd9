package app.loadwise.recovery.internal;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.health.HealthEvent;
import app.loadwise.domain.health.HealthEventDetails;
import app.loadwise.domain.health.HealthEventRepository;
import app.loadwise.recovery.HealthEventRequest;
import app.loadwise.recovery.HealthEventView;
import app.loadwise.recovery.HealthEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/** Records and corrects athletes' injuries and illnesses; an event is only ever reached through its own athlete. */
@ApplicationScoped
@Transactional
public class HealthEventService implements HealthEvents {

    @Inject
    AthleteRepository athletes;

    @Inject
    ClubRepository clubs;

    @Inject
    HealthEventRepository events;

    @Inject
    Clock clock;

    @Override
    public HealthEventView record(long athleteId, HealthEventRequest request, String by) {
        Athlete athlete = athletes.get(athleteId);
        HealthEventDetails details = checked(athlete, request);
        return HealthEventView.of(events.store(new HealthEvent(athleteId, details, by, clock.instant())));
    }

    @Override
    public Page<HealthEventView> ofAthlete(long athleteId, DateRange range, PageRequest page) {
        athletes.get(athleteId);
        return events.ofAthlete(athleteId, range, page).map(HealthEventView::of);
    }

    @Override
    public HealthEventView get(long athleteId, long healthEventId) {
        athletes.get(athleteId);
        return HealthEventView.of(events.get(athleteId, healthEventId));
    }

    @Override
    public HealthEventView update(long athleteId, long healthEventId, HealthEventRequest request, String by) {
        Athlete athlete = athletes.get(athleteId);
        HealthEvent event = events.get(athleteId, healthEventId);
        event.revise(checked(athlete, request), by, clock.instant());
        return HealthEventView.of(events.store(event));
    }

    @Override
    public void delete(long athleteId, long healthEventId) {
        athletes.get(athleteId);
        events.remove(events.get(athleteId, healthEventId));
    }

    /** The request's details; an event cannot start after today in the athlete's (else the club's) time zone. */
    private HealthEventDetails checked(Athlete athlete, HealthEventRequest request) {
        InvalidValueException.require(request != null, "body", "a JSON body is required");
        HealthEventDetails details = request.details();
        LocalDate today = LocalDate.now(clock.withZone(athlete.zoneOr(clubs.get(athlete.clubId()).timeZone())));
        InvalidValueException.require(!details.startedOn().isAfter(today), "startedOn",
                "startedOn (" + details.startedOn() + ") must not be in the future; today is " + today);
        return details;
    }
}
