package app.loadwise.domain.health;

import app.loadwise.domain.common.AthleteRecordPages;
import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** Athletes' injuries and illnesses. */
@ApplicationScoped
public class HealthEventRepository {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected HealthEventRepository() {
    }

    public HealthEventRepository(EntityManager em) {
        this.em = em;
    }

    /** The athlete's event with that id; one of another athlete is not found. */
    public HealthEvent get(long athleteId, long id) {
        HealthEvent event = em.find(HealthEvent.class, id);
        if (event == null || event.athleteId() != athleteId) {
            throw new NotFoundException("health event", id + " of athlete " + athleteId);
        }
        return event;
    }

    /** Stores a new or changed event and writes it at once, so its id and version are final. */
    public HealthEvent store(HealthEvent event) {
        HealthEvent stored = event;
        if (event.id() == null) {
            em.persist(event);
        } else {
            stored = em.merge(event);
        }
        em.flush();
        return stored;
    }

    public void remove(HealthEvent event) {
        em.remove(em.contains(event) ? event : em.merge(event));
        em.flush();
    }

    /** An athlete's events that started within the range, latest start first (then newest id), paged. */
    public Page<HealthEvent> ofAthlete(long athleteId, DateRange range, PageRequest page) {
        return AthleteRecordPages.page(em, HealthEvent.class, "startedOn", "x.startedOn desc, x.id desc", athleteId, range, page);
    }

    /**
     * The events of a club's athletes that started on or before {@code startedBy} and had not ended before
     * {@code notEndedBefore} (no end date: still going on), in one query; by athlete and start.
     */
    public List<HealthEventRow> ofClub(long clubId, LocalDate startedBy, LocalDate notEndedBefore) {
        List<Object[]> rows = em.createQuery("select h.athleteId, h.kind, h.startedOn, h.endedOn from HealthEvent h"
                        + " where h.athleteId in (select a.id from Athlete a where a.clubId = :club)"
                        + " and h.startedOn <= :startedBy and (h.endedOn is null or h.endedOn >= :notEndedBefore)"
                        + " order by h.athleteId, h.startedOn, h.id", Object[].class)
                .setParameter("club", clubId).setParameter("startedBy", startedBy).setParameter("notEndedBefore", notEndedBefore)
                .getResultList();
        return rows.stream()
                .map(r -> new HealthEventRow(((Number) r[0]).longValue(), (HealthEventKind) r[1], (LocalDate) r[2], (LocalDate) r[3]))
                .toList();
    }
}
