package app.loadwise.webhooks;

import app.loadwise.webhooks.internal.store.Webhook;
import app.loadwise.webhooks.internal.store.WebhookAttempt;
import app.loadwise.webhooks.internal.store.WebhookDelivery;
import app.loadwise.webhooks.internal.store.WebhookEventType;
import java.time.Instant;
import java.util.List;

/** The records the webhook API accepts and answers. The signing secret appears only in {@link CreatedWebhook}. */
public final class WebhookViews {

    private WebhookViews() {
    }

    /** A webhook to register or its new settings: where, which events (all when absent), what for, and whether active. */
    public record WebhookRequest(String url, List<String> events, String description, Boolean active) {
    }

    public record WebhookView(long id, long clubId, String url, List<String> events, String description, boolean active,
                              String createdBy, Instant createdAt, Instant updatedAt) {

        static WebhookView of(Webhook w) {
            return new WebhookView(w.id(), w.clubId(), w.url(), w.events().stream().map(WebhookEventType::apiName).toList(),
                    w.description(), w.active(), w.createdBy(), w.createdAt(), w.updatedAt());
        }
    }

    /** A webhook just registered, with its signing secret: shown this once. */
    public record CreatedWebhook(long id, long clubId, String url, List<String> events, String description, boolean active,
                                 String createdBy, Instant createdAt, Instant updatedAt, String secret) {

        static CreatedWebhook of(Webhook w) {
            WebhookView v = WebhookView.of(w);
            return new CreatedWebhook(v.id(), v.clubId(), v.url(), v.events(), v.description(), v.active(), v.createdBy(),
                    v.createdAt(), v.updatedAt(), w.secret());
        }
    }

    /** One POST: when, the receiver's HTTP status (null without an answer), the error, and how long it took. */
    public record WebhookAttemptView(Instant at, Integer httpStatus, String error, long durationMs) {

        static WebhookAttemptView of(WebhookAttempt a) {
            return new WebhookAttemptView(a.attemptedAt(), a.httpStatus(), a.error(), a.durationMs());
        }
    }

    /** A delivery of one event to the webhook, with every attempt. */
    public record WebhookDeliveryView(long id, long webhookId, long eventId, String event, String status, int attempts,
                               Instant createdAt, Instant nextAttemptAt, Instant deliveredAt, Integer lastHttpStatus,
                               String lastError, List<WebhookAttemptView> attemptLog) {

        static WebhookDeliveryView of(WebhookDelivery d, WebhookEventType type, List<WebhookAttempt> attemptLog) {
            return new WebhookDeliveryView(d.id(), d.webhookId(), d.eventId(), type.apiName(), d.status().code(), d.attempts(),
                    d.createdAt(), d.nextAttemptAt(), d.deliveredAt(), d.lastHttpStatus(), d.lastError(),
                    attemptLog.stream().map(WebhookAttemptView::of).toList());
        }
    }
}
