package app.loadwise.webhooks.internal.store;

import java.util.Locale;

/** Where a webhook delivery stands. */
public enum WebhookDeliveryStatus {
    /** Waiting for its (next) attempt at {@code nextAttemptAt}. */
    PENDING,
    /** Taken by one instance, which is posting it until its lease ends. */
    SENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Every retry failed. */
    FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
