package app.loadwise.domain.training;

import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The daily wellness entries of all athletes. */
@ApplicationScoped
public class WellnessRepository {

    /** Bulk reads for scoring are not changed; EclipseLink then skips change tracking. */
    private static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected WellnessRepository() {
    }

    public WellnessRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<WellnessEntry> find(long id) {
        return Optional.ofNullable(em.find(WellnessEntry.class, id));
    }

    public WellnessEntry get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("wellness entry", id));
    }

    public Optional<WellnessEntry> on(long athleteId, LocalDate date) {
        return em.createQuery("select w from WellnessEntry w where w.athleteId = :athlete and w.date = :date", WellnessEntry.class)
                .setParameter("athlete", athleteId).setParameter("date", date).getResultStream().findFirst();
    }

    /** Stores one new or changed record and writes it at once, so its id and version are final. */
    public WellnessEntry store(WellnessEntry entry) {
        WellnessEntry stored = entry.id() == null ? persist(entry) : em.merge(entry);
        em.flush();
        return stored;
    }

    /** Stores many new records in one write (JDBC batches). */
    public void storeAll(Collection<WellnessEntry> entries) {
        entries.forEach(em::persist);
        em.flush();
    }

    private WellnessEntry persist(WellnessEntry entry) {
        em.persist(entry);
        return entry;
    }

    public void remove(WellnessEntry entry) {
        em.remove(em.contains(entry) ? entry : em.merge(entry));
    }

    /** An athlete's entries in a date range, newest first, paged. */
    public Page<WellnessEntry> ofAthlete(long athleteId, DateRange range, PageRequest page) {
        String where = " where w.athleteId = :athlete"
                + (range.from() != null ? " and w.date >= :from" : "")
                + (range.to() != null ? " and w.date <= :to" : "");
        TypedQuery<Long> count = bind(em.createQuery("select count(w) from WellnessEntry w" + where, Long.class), athleteId, range);
        TypedQuery<WellnessEntry> select = bind(em.createQuery(
                "select w from WellnessEntry w" + where + " order by w.date desc, w.id desc", WellnessEntry.class), athleteId, range);
        List<WellnessEntry> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, count.getSingleResult());
    }

    /** All entries of the given athletes between two dates (inclusive), in one query. */
    public List<WellnessEntry> entriesBetween(Collection<Long> athleteIds, LocalDate from, LocalDate to) {
        return em.createQuery("select w from WellnessEntry w where w.athleteId in :athletes and w.date between :from and :to"
                        + " order by w.athleteId, w.date", WellnessEntry.class)
                .setHint(READ_ONLY, "true")
                .setParameter("athletes", athleteIds).setParameter("from", from).setParameter("to", to)
                .getResultList();
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
}
