package app.loadwise.recovery;

import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;

/** Injuries and illnesses recorded per athlete. An event is always read, changed and removed through its athlete. */
public interface HealthEvents {

    HealthEventView record(long athleteId, HealthEventRequest request, String by);

    /** The athlete's events that started within the range, latest start first. */
    Page<HealthEventView> ofAthlete(long athleteId, DateRange range, PageRequest page);

    /** The athlete's event; an event of another athlete is not found. */
    HealthEventView get(long athleteId, long healthEventId);

    HealthEventView update(long athleteId, long healthEventId, HealthEventRequest request, String by);

    void delete(long athleteId, long healthEventId);
}
