package app.loadwise.domain.training;

import app.loadwise.domain.common.AthleteRecordPages;
import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Optional;

/** The training sessions of all athletes. */
@ApplicationScoped
public class TrainingSessionRepository {

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
        return AthleteRecordPages.page(em, TrainingSession.class, "date", "x.date desc, x.startTime desc, x.id desc", athleteId, range, page);
    }

}
