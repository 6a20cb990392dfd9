package app.loadwise.webhooks.internal.store;

import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The clubs' webhooks. */
@ApplicationScoped
public class WebhookRepository {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected WebhookRepository() {
    }

    public WebhookRepository(EntityManager em) {
        this.em = em;
    }

    public Webhook store(Webhook webhook) {
        Webhook stored = webhook;
        if (webhook.id() == null) {
            em.persist(webhook);
        } else {
            stored = em.merge(webhook);
        }
        em.flush();
        return stored;
    }

    /** The club's webhook of that id; empty when there is none or it belongs to another club. */
    public Optional<Webhook> find(long clubId, long id) {
        Webhook webhook = em.find(Webhook.class, id);
        return webhook != null && webhook.clubId() == clubId ? Optional.of(webhook) : Optional.empty();
    }

    public Webhook get(long clubId, long id) {
        return find(clubId, id).orElseThrow(() -> new NotFoundException("webhook", id));
    }

    /** Any club's webhook, for the sender. */
    public Optional<Webhook> find(long id) {
        return Optional.ofNullable(em.find(Webhook.class, id));
    }

    public Page<Webhook> ofClub(long clubId, PageRequest page) {
        List<Webhook> items = em.createQuery("select w from Webhook w where w.clubId = :club order by w.id", Webhook.class)
                .setParameter("club", clubId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(w) from Webhook w where w.clubId = :club", Long.class)
                .setParameter("club", clubId).getSingleResult();
        return Page.of(items, page, total);
    }

    /** Removes the webhook; its deliveries and their attempts go with it. */
    public void delete(Webhook webhook) {
        em.remove(em.contains(webhook) ? webhook : em.merge(webhook));
        em.flush();
    }
}
