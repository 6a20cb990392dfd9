package app.loadwise.webhooks.internal.store;

import app.loadwise.domain.common.InstantConverter;
import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Webhook deliveries: the log per webhook, the due ones, and the lease that lets one instance send each. */
@ApplicationScoped
public class WebhookDeliveryRepository {

    private static final InstantConverter INSTANTS = new InstantConverter();

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected WebhookDeliveryRepository() {
    }

    public WebhookDeliveryRepository(EntityManager em) {
        this.em = em;
    }

    public WebhookDelivery get(long id) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        if (delivery == null) {
            throw new NotFoundException("webhook delivery", id);
        }
        return delivery;
    }

    /** The webhook's delivery of that id; empty when there is none or it belongs to another webhook. */
    public Optional<WebhookDelivery> find(long webhookId, long id) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        return delivery != null && delivery.webhookId() == webhookId ? Optional.of(delivery) : Optional.empty();
    }

    public WebhookEvent event(long eventId) {
        WebhookEvent event = em.find(WebhookEvent.class, eventId);
        if (event == null) {
            throw new NotFoundException("webhook event", eventId);
        }
        return event;
    }

    /**
     * The attempt logs of the given deliveries, by delivery id, in one query. (EclipseLink cannot batch-fetch an
     * element collection, so reading each delivery's log would take a query per delivery.)
     */
    public Map<Long, List<WebhookAttempt>> attemptLogs(Collection<Long> deliveryIds) {
        Map<Long, List<WebhookAttempt>> logs = new HashMap<>();
        if (deliveryIds.isEmpty()) {
            return logs;
        }
        StringBuilder ids = new StringBuilder();
        for (long id : deliveryIds) {
            ids.append(ids.isEmpty() ? "" : ",").append(id);
        }
        List<?> rows = em.createNativeQuery("SELECT webhook_delivery_id, attempted_at, http_status, error, duration_ms"
                + " FROM webhook_delivery_attempt WHERE webhook_delivery_id IN (" + ids + ") ORDER BY webhook_delivery_id, position")
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            logs.computeIfAbsent(((Number) r[0]).longValue(), d -> new ArrayList<>()).add(new WebhookAttempt(
                    InstantConverter.fromColumn(r[1]), r[2] == null ? null : ((Number) r[2]).intValue(), (String) r[3], ((Number) r[4]).longValue()));
        }
        return logs;
    }


    /** The types of the given events, by event id, in one query. */
    public Map<Long, WebhookEventType> eventTypes(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, WebhookEventType> types = new HashMap<>();
        em.createQuery("select e from WebhookEvent e where e.id in :ids", WebhookEvent.class)
                .setParameter("ids", eventIds).getResultList().forEach(e -> types.put(e.id(), e.type()));
        return types;
    }

    /** A webhook's deliveries, newest first; their attempts come from {@link #attemptLogs}. */
    public Page<WebhookDelivery> ofWebhook(long webhookId, PageRequest page) {
        List<WebhookDelivery> items = em.createQuery("select d from WebhookDelivery d where d.webhookId = :webhook"
                        + " order by d.createdAt desc, d.id desc", WebhookDelivery.class)
                .setParameter("webhook", webhookId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(d) from WebhookDelivery d where d.webhookId = :webhook", Long.class)
                .setParameter("webhook", webhookId).getSingleResult();
        return Page.of(items, page, total);
    }

    /**
     * Ids of deliveries of active webhooks that are due: pending with their attempt time reached, or taken by an
     * instance whose lease ran out (it stopped while sending). Oldest first.
     */
    public List<Long> due(Instant now, int max) {
        return em.createNativeQuery("SELECT d.id FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id"
                        + " WHERE w.active = TRUE AND ((d.status = 'PENDING' AND d.next_attempt_at <= ?1)"
                        + " OR (d.status = 'SENDING' AND d.lease_until < ?2)) ORDER BY d.next_attempt_at, d.id")
                .setParameter(1, INSTANTS.convertToDatabaseColumn(now)).setParameter(2, INSTANTS.convertToDatabaseColumn(now))
                .setMaxResults(max).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Takes a due delivery for sending until {@code leaseUntil}. Exactly one caller across the cluster gets true; the
     * others find it changed and get false.
     */
    public boolean take(long id, Instant now, Instant leaseUntil) {
        return em.createNativeQuery("UPDATE webhook_delivery SET status = 'SENDING', lease_until = ?1, version = version + 1"
                        + " WHERE id = ?2 AND ((status = 'PENDING' AND next_attempt_at <= ?3) OR (status = 'SENDING' AND lease_until < ?4))")
                .setParameter(1, INSTANTS.convertToDatabaseColumn(leaseUntil))
                .setParameter(2, id)
                .setParameter(3, INSTANTS.convertToDatabaseColumn(now))
                .setParameter(4, INSTANTS.convertToDatabaseColumn(now))
                .executeUpdate() == 1;
    }

    /**
     * Forgets the attempt log of finished deliveries (delivered or failed) created before {@code cutoff}. The
     * deliveries and events themselves stay: they are what keeps a red finding from being sent to a webhook twice.
     */
    public int forgetAttemptsBefore(Instant cutoff) {
        return em.createNativeQuery("DELETE FROM webhook_delivery_attempt WHERE webhook_delivery_id IN (SELECT id FROM"
                        + " webhook_delivery WHERE status IN ('DELIVERED', 'FAILED') AND created_at < ?1)")
                .setParameter(1, INSTANTS.convertToDatabaseColumn(cutoff)).executeUpdate();
    }
}
