package app.loadwise.reporting.internal.store;

import app.loadwise.domain.common.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Clubs' report recipients. */
@ApplicationScoped
public class ReportRecipientRepository {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected ReportRecipientRepository() {
    }

    public ReportRecipientRepository(EntityManager em) {
        this.em = em;
    }

    /** A club's recipients by address. */
    public List<ReportRecipient> ofClub(long clubId) {
        return em.createQuery("select r from ReportRecipient r where r.clubId = :club order by r.email", ReportRecipient.class)
                .setParameter("club", clubId).getResultList();
    }

    public Optional<ReportRecipient> find(long clubId, String email) {
        return em.createQuery("select r from ReportRecipient r where r.clubId = :club and r.email = :email", ReportRecipient.class)
                .setParameter("club", clubId).setParameter("email", ReportRecipient.normalize(email))
                .getResultStream().findFirst();
    }

    public ReportRecipient get(long clubId, long id) {
        ReportRecipient recipient = em.find(ReportRecipient.class, id);
        if (recipient == null || recipient.clubId() != clubId) {
            throw new NotFoundException("report recipient", id);
        }
        return recipient;
    }

    public ReportRecipient store(ReportRecipient recipient) {
        em.persist(recipient);
        em.flush();
        return recipient;
    }

    public void remove(ReportRecipient recipient) {
        em.remove(em.contains(recipient) ? recipient : em.merge(recipient));
        em.flush();
    }
}
