package app.loadwise.checkin.internal.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Check-in links, found by the hash of their token or by athlete. */
@ApplicationScoped
public class CheckInLinkRepository {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected CheckInLinkRepository() {
    }

    public CheckInLinkRepository(EntityManager em) {
        this.em = em;
    }

    public CheckInLink store(CheckInLink link) {
        CheckInLink stored = link;
        if (link.id() == null) {
            em.persist(link);
        } else {
            stored = em.merge(link);
        }
        em.flush();
        return stored;
    }

    public Optional<CheckInLink> byTokenHash(String tokenHash) {
        return em.createQuery("SELECT l FROM CheckInLink l WHERE l.tokenHash = :hash", CheckInLink.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    /** The athlete's latest link (working, expired or revoked), if one was ever issued. */
    public Optional<CheckInLink> latestOf(long athleteId) {
        return em.createQuery("SELECT l FROM CheckInLink l WHERE l.athleteId = :athlete ORDER BY l.issuedAt DESC, l.id DESC",
                        CheckInLink.class)
                .setParameter("athlete", athleteId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The athlete's links that are not revoked, locked for the issuing of a new one (which revokes them). */
    public List<CheckInLink> unrevokedOf(long athleteId) {
        return em.createQuery("SELECT l FROM CheckInLink l WHERE l.athleteId = :athlete AND l.revokedAt IS NULL", CheckInLink.class)
                .setParameter("athlete", athleteId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** The latest link of each of the club's athletes, by athlete id. */
    public List<CheckInLink> latestOfClub(long clubId) {
        return em.createQuery("SELECT l FROM CheckInLink l WHERE l.athleteId IN (SELECT a.id FROM Athlete a WHERE a.clubId = :club) "
                        + "AND l.issuedAt = (SELECT MAX(m.issuedAt) FROM CheckInLink m WHERE m.athleteId = l.athleteId) ORDER BY l.athleteId",
                        CheckInLink.class)
                .setParameter("club", clubId).getResultList();
    }

    /** Notes a use, at most once a minute per link (every check-in page load would otherwise write). */
    public void touch(long linkId, Instant now) {
        em.createQuery("UPDATE CheckInLink l SET l.lastUsedAt = :now WHERE l.id = :id AND (l.lastUsedAt IS NULL OR l.lastUsedAt < :since)")
                .setParameter("now", now).setParameter("since", now.minusSeconds(60)).setParameter("id", linkId).executeUpdate();
    }
}
