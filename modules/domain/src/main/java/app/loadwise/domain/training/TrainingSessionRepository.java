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

/** The training sessions of all athletes. */
@ApplicationScoped
public class TrainingSessionRepository {

    /** Bulk reads for scoring are not changed; EclipseLink then skips change tracking. */
    private static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected TrainingSessionRepository() {
    }

    public TrainingSessionRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<TrainingSession> find(long id) {
        return Optional.ofNullable(em.find(TrainingSession.class, id));
    }

    public TrainingSession get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("session", id));
    }

    /** Stores one new or changed record and writes it at once, so its id and version are final. */
    public TrainingSession store(TrainingSession session) {
        TrainingSession stored = session.id() == null ? persist(session) : em.merge(session);
        em.flush();
        return stored;
    }

    /** Stores many new records in one write (JDBC batches). */
    public void storeAll(Collection<TrainingSession> newSessions) {
        newSessions.forEach(em::persist);
        em.flush();
    }

    private TrainingSession persist(TrainingSession session) {
        em.persist(session);
        return session;
    }

    public void remove(TrainingSession session) {
        em.remove(em.contains(session) ? session : em.merge(session));
    }

    /** An athlete's sessions in a date range, newest first, paged. */
    public Page<TrainingSession> ofAthlete(long athleteId, DateRange range, PageRequest page) {
        String where = " where s.athleteId = :athlete"
                + (range.from() != null ? " and s.date >= :from" : "")
                + (range.to() != null ? " and s.date <= :to" : "");
        TypedQuery<Long> count = bind(em.createQuery("select count(s) from TrainingSession s" + where, Long.class), athleteId, range);
        TypedQuery<TrainingSession> select = bind(em.createQuery(
                "select s from TrainingSession s" + where + " order by s.date desc, s.startTime desc, s.id desc",
                TrainingSession.class), athleteId, range);
        List<TrainingSession> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, count.getSingleResult());
    }

    /** All sessions of the given athletes between two dates (inclusive), in one query, ordered by athlete and date. */
    public List<TrainingSession> sessionsBetween(Collection<Long> athleteIds, LocalDate from, LocalDate to) {
        return em.createQuery("select s from TrainingSession s where s.athleteId in :athletes and s.date between :from and :to"
                        + " order by s.athleteId, s.date, s.startTime, s.id", TrainingSession.class)
                .setHint(READ_ONLY, "true")
                .setParameter("athletes", athleteIds).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /** Sessions of one athlete on one date, the candidates for duplicate matching. */
    public List<TrainingSession> onDate(long athleteId, LocalDate date) {
        return em.createQuery("select s from TrainingSession s where s.athleteId = :athlete and s.date = :date order by s.id",
                        TrainingSession.class)
                .setParameter("athlete", athleteId).setParameter("date", date).getResultList();
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
