package app.loadwise.webhooks;

import app.loadwise.domain.common.NotFoundException;
import app.loadwise.webhooks.internal.WebhookDispatch;
import app.loadwise.webhooks.internal.WebhookPayloads;
import app.loadwise.webhooks.internal.store.Webhook;
import app.loadwise.webhooks.internal.store.WebhookAttempt;
import app.loadwise.webhooks.internal.store.WebhookDelivery;
import app.loadwise.webhooks.internal.store.WebhookDeliveryRepository;
import app.loadwise.webhooks.internal.store.WebhookEvent;
import app.loadwise.webhooks.internal.store.WebhookOutbox;
import app.loadwise.webhooks.internal.store.WebhookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The delivery records for the sender, each change in a transaction of its own (never around an HTTP call). */
@ApplicationScoped
public class WebhookRecords implements WebhookDispatch.Ledger {

    @Inject
    WebhookDeliveryRepository deliveries;

    @Inject
    WebhookRepository webhooks;

    @Inject
    WebhookOutbox outbox;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean take(long deliveryId, Instant now, Instant leaseUntil) {
        return deliveries.take(deliveryId, now, leaseUntil);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public WebhookDispatch.Outgoing outgoing(long deliveryId) {
        WebhookDelivery delivery = deliveries.get(deliveryId);
        Webhook webhook = webhooks.find(delivery.webhookId())
                .orElseThrow(() -> new NotFoundException("webhook", delivery.webhookId()));
        WebhookEvent event = deliveries.event(delivery.eventId());
        return new WebhookDispatch.Outgoing(deliveryId, webhook.url(), webhook.secret(), event.type().apiName(),
                WebhookPayloads.body(event), delivery.attempts());
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean attempted(long deliveryId, WebhookAttempt attempt, Instant retryAt, Instant lease) {
        return deliveries.get(deliveryId).attempted(attempt, retryAt, lease);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(Instant now, int max) {
        return deliveries.due(now, max);
    }

    /** The club's webhook's delivery as the API shows it, with every attempt. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public WebhookViews.WebhookDeliveryView view(long clubId, long webhookId, long deliveryId) {
        webhooks.get(clubId, webhookId);
        WebhookDelivery delivery = deliveries.find(webhookId, deliveryId)
                .orElseThrow(() -> new NotFoundException("webhook delivery", deliveryId));
        return WebhookViews.WebhookDeliveryView.of(delivery, deliveries.event(delivery.eventId()).type(), delivery.attemptLog());
    }

    /** A new ping for the club's webhook; answers its delivery id. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long ping(long clubId, long webhookId, Instant now) {
        webhooks.get(clubId, webhookId);
        return outbox.recordPing(clubId, webhookId, now);
    }

    /** Makes the webhook's delivery due now (see {@link WebhookDelivery#retryAt}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retryNow(long clubId, long webhookId, long deliveryId, Instant now) {
        webhooks.get(clubId, webhookId);
        deliveries.find(webhookId, deliveryId).orElseThrow(() -> new NotFoundException("webhook delivery", deliveryId))
                .retryAt(now);
    }
}
