package app.loadwise.domain.plan;

import app.loadwise.domain.common.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Athletes' planned sessions. */
@ApplicationScoped
public class PlannedSessionRepository {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected PlannedSessionRepository() {
    }

    public PlannedSessionRepository(EntityManager em) {
        this.em = em;
    }

    /** The athlete's planned session with that id; one of another athlete is not found. */
    public PlannedSession get(long athleteId, long id) {
        PlannedSession planned = em.find(PlannedSession.class, id);
        if (planned == null || planned.athleteId() != athleteId) {
            throw new NotFoundException("planned session", id + " of athlete " + athleteId);
        }
        return planned;
    }

    /** Stores a new planned session and writes it at once, so its id is final. */
    public PlannedSession store(PlannedSession planned) {
        em.persist(planned);
        em.flush();
        return planned;
    }

    public void remove(PlannedSession planned) {
        em.remove(em.contains(planned) ? planned : em.merge(planned));
        em.flush();
    }

    /** The athlete's planned sessions from {@code from} to {@code to} (inclusive), by date, then as entered. */
    public List<PlannedSession> ofAthlete(long athleteId, LocalDate from, LocalDate to) {
        return em.createQuery("select p from PlannedSession p where p.athleteId = :athlete and p.date between :from and :to"
                        + " order by p.date, p.id", PlannedSession.class)
                .setParameter("athlete", athleteId).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** The planned sessions of a club's athletes from {@code from} to {@code to}, in one query; by athlete, date, id. */
    public List<PlannedSession> ofClub(long clubId, LocalDate from, LocalDate to) {
        return em.createQuery("select p from PlannedSession p where p.athleteId in (select a.id from Athlete a where a.clubId = :club)"
                        + " and p.date between :from and :to order by p.athleteId, p.date, p.id", PlannedSession.class)
                .setParameter("club", clubId).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** How many sessions the athlete has planned on the date. */
    public long countOn(long athleteId, LocalDate date) {
        return em.createQuery("select count(p) from PlannedSession p where p.athleteId = :athlete and p.date = :date", Long.class)
                .setParameter("athlete", athleteId).setParameter("date", date).getSingleResult();
    }

    /**
     * Replaces the athlete's plan from {@code from} to {@code to} with the given sessions (none clears it) in the
     * caller's transaction; answers the new planned sessions by date, then in the given order.
     */
    public List<PlannedSession> replace(long athleteId, LocalDate from, LocalDate to, List<PlannedSessionDetails> sessions,
                                        PlannedSession.Source source) {
        em.createQuery("delete from PlannedSession p where p.athleteId = :athlete and p.date between :from and :to")
                .setParameter("athlete", athleteId).setParameter("from", from).setParameter("to", to).executeUpdate();
        List<PlannedSession> stored = new ArrayList<>(sessions.size());
        sessions.stream().sorted(Comparator.comparing(PlannedSessionDetails::date)).forEach(details -> {
            PlannedSession planned = new PlannedSession(athleteId, details, source);
            em.persist(planned);
            stored.add(planned);
        });
        em.flush();
        return stored;
    }
}
