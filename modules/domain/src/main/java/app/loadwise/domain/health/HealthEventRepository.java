package app.loadwise.domain.health;

import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
        String where = " where h.athleteId = :athlete"
                + (range.from() != null ? " and h.startedOn >= :from" : "")
                + (range.to() != null ? " and h.startedOn <= :to" : "");
        TypedQuery<Long> count = bind(em.createQuery("select count(h) from HealthEvent h" + where, Long.class), athleteId, range);
        TypedQuery<HealthEvent> select = bind(em.createQuery("select h from HealthEvent h" + where
                + " order by h.startedOn desc, h.id desc", HealthEvent.class), athleteId, range);
        List<HealthEvent> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, count.getSingleResult());
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, long athleteId, DateRange range) {
        query.setParameter("athlete", athleteId);
        if (range.from() != null) {
            query.setParameter("from", range.from());
        }
        if (range.to() != null) {
            query.setParameter("to", range.to());
        }
        return query;
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
