package app.loadwise.reporting.internal.store;

import app.loadwise.domain.common.InstantConverter;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Report deliveries, one per club and ISO week. */
@ApplicationScoped
public class ReportDeliveryRepository {

    private static final InstantConverter INSTANTS = new InstantConverter();

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected ReportDeliveryRepository() {
    }

    public ReportDeliveryRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<ReportDelivery> find(long clubId, IsoWeek week) {
        return em.createQuery("select d from ReportDelivery d where d.clubId = :club and d.isoWeek = :week", ReportDelivery.class)
                .setParameter("club", clubId).setParameter("week", week.toString()).getResultStream().findFirst();
    }

    public ReportDelivery get(long id) {
        ReportDelivery delivery = em.find(ReportDelivery.class, id);
        if (delivery == null) {
            throw new NotFoundException("report delivery", id);
        }
        return delivery;
    }

    /**
     * Inserts a new delivery and flushes. Fails with a persistence exception when the club-week already has one;
     * call it in a transaction of its own.
     */
    public ReportDelivery insert(ReportDelivery delivery) {
        em.persist(delivery);
        em.flush();
        return delivery;
    }

    /**
     * Takes a delivery whose retry is due for sending until {@code leaseUntil}. Exactly one caller across the
     * cluster gets true; the others see the changed status and get false.
     */
    public boolean takeForRetry(long id, Instant now, Instant leaseUntil) {
        return em.createNativeQuery("UPDATE report_delivery SET status = 'SENDING', lease_until = ?1, version = version + 1"
                        + " WHERE id = ?2 AND status = 'RETRY_PENDING' AND next_attempt_at <= ?3")
                .setParameter(1, INSTANTS.convertToDatabaseColumn(leaseUntil)).setParameter(2, id)
                .setParameter(3, INSTANTS.convertToDatabaseColumn(now))
                .executeUpdate() == 1;
    }

    /** Ids of the deliveries whose next attempt is due, oldest first. */
    public List<Long> dueForRetry(Instant now, int max) {
        return em.createNativeQuery("SELECT id FROM report_delivery WHERE status = 'RETRY_PENDING' AND next_attempt_at <= ?1"
                        + " ORDER BY next_attempt_at, id")
                .setParameter(1, INSTANTS.convertToDatabaseColumn(now)).setMaxResults(max).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    /** A club's deliveries, newest week first. */
    public Page<ReportDelivery> ofClub(long clubId, PageRequest page) {
        List<ReportDelivery> items = em.createQuery("select d from ReportDelivery d where d.clubId = :club"
                        + " order by d.isoWeek desc, d.id desc", ReportDelivery.class)
                .setParameter("club", clubId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(d) from ReportDelivery d where d.clubId = :club", Long.class)
                .setParameter("club", clubId).getSingleResult();
        return Page.of(items, page, total);
    }
}
