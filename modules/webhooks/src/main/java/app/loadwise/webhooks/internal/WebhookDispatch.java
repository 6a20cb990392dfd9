package app.loadwise.webhooks.internal;

import app.loadwise.domain.common.FailureText;
import app.loadwise.webhooks.internal.store.WebhookAttempt;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Posts one delivery: takes it with a lease (so one instance of a cluster sends it), signs the body, posts it and
 * records the attempt. A 2xx answer delivers it; any other answer or a network error schedules the next attempt from
 * the {@link RetryDelays}, and after the last one the delivery is failed. Delivery is at least once: a sender that
 * stops mid-post leaves the delivery to be taken again when its lease runs out, so receivers dedupe on the event id.
 */
public final class WebhookDispatch {

    private static final Logger LOG = Logger.getLogger(WebhookDispatch.class.getName());

    /** The delivery records, each method in a transaction of its own. */
    public interface Ledger {
        /** Takes a due delivery until {@code leaseUntil}; false when another caller has it or it is not due. */
        boolean take(long deliveryId, Instant now, Instant leaseUntil);

        /** What to post for a delivery. */
        Outgoing outgoing(long deliveryId);

        /**
         * Records an attempt made under the lease ending at {@code lease}; {@code retryAt} null means it was the last
         * one (or it succeeded). False when the lease ran out and another caller took the delivery meanwhile: the
         * attempt is only logged.
         */
        boolean attempted(long deliveryId, WebhookAttempt attempt, Instant retryAt, Instant lease);
    }

    /** A delivery ready to post: where, with which secret, and the body. */
    public record Outgoing(long deliveryId, String url, String secret, String eventType, String body, int attemptsBefore) {
    }

    /** Posts a body and answers the HTTP status. */
    public interface Transport {
        int post(URI url, Map<String, String> headers, String body) throws Exception;
    }

    /** What became of one send. */
    public enum Outcome { DELIVERED, RETRY_PENDING, FAILED, NOT_TAKEN, LEASE_LOST }

    private final Ledger ledger;
    private final Transport transport;
    private final TargetRules targets;
    private final RetryDelays delays;
    private final Duration lease;
    private final Clock clock;

    public WebhookDispatch(Ledger ledger, Transport transport, TargetRules targets, RetryDelays delays, Duration lease, Clock clock) {
        this.ledger = ledger;
        this.transport = transport;
        this.targets = targets;
        this.delays = delays;
        this.lease = lease;
        this.clock = clock;
    }

    /** Sends the delivery if it is due and this caller wins it. */
    public Outcome send(long deliveryId) {
        Instant now = clock.instant();
        // whole microseconds, as the database keeps it: the lease is compared when the attempt is recorded
        Instant leaseUntil = now.plus(lease).truncatedTo(ChronoUnit.MICROS);
        if (!ledger.take(deliveryId, now, leaseUntil)) {
            return Outcome.NOT_TAKEN;
        }
        Outgoing out = ledger.outgoing(deliveryId);
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            URI url = URI.create(out.url());
            String refused = targets.refused(url);
            if (refused != null) {
                error = "refused: " + refused;
            } else {
                status = transport.post(url, headers(out, started), out.body());
            }
        } catch (Exception e) {
            error = FailureText.describe(e);
        }
        long millis = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
        WebhookAttempt attempt = new WebhookAttempt(started, status, error, millis);
        int attemptsMade = out.attemptsBefore() + 1;
        Instant retryAt = attempt.succeeded() ? null : delays.nextAttempt(attemptsMade, clock.instant());
        if (!attempt.succeeded()) {
            String what = status != null ? "HTTP " + status : error;
            LOG.log(Level.INFO, () -> "Webhook delivery " + deliveryId + " (" + out.eventType() + "): attempt " + attemptsMade
                    + " failed (" + what + ")" + (retryAt == null ? "; giving up" : "; next attempt at " + retryAt));
        }
        if (!record(deliveryId, attempt, retryAt, leaseUntil)) {
            LOG.log(Level.WARNING, () -> "Webhook delivery " + deliveryId + ": its lease of " + lease + " ran out while posting and"
                    + " another instance took it; this attempt is logged, the delivery's state is left to that instance");
            return Outcome.LEASE_LOST;
        }
        if (attempt.succeeded()) {
            return Outcome.DELIVERED;
        }
        return retryAt == null ? Outcome.FAILED : Outcome.RETRY_PENDING;
    }

    /**
     * Records the attempt, once more on a failure: the instance that took the delivery over may have recorded its own
     * attempt at the same moment (an optimistic-lock conflict); the second try reads the delivery again and decides
     * again by the lease.
     */
    private boolean record(long deliveryId, WebhookAttempt attempt, Instant retryAt, Instant leaseUntil) {
        try {
            return ledger.attempted(deliveryId, attempt, retryAt, leaseUntil);
        } catch (RuntimeException first) {
            LOG.log(Level.FINE, "Recording an attempt of webhook delivery " + deliveryId + " failed once; trying again", first);
            return ledger.attempted(deliveryId, attempt, retryAt, leaseUntil);
        }
    }

    static Map<String, String> headers(Outgoing out, Instant at) {
        long timestamp = at.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("User-Agent", "Loadwise-Webhooks/1");
        headers.put("Loadwise-Event", out.eventType());
        headers.put("Loadwise-Delivery", String.valueOf(out.deliveryId()));
        headers.put("Loadwise-Timestamp", String.valueOf(timestamp));
        headers.put("Loadwise-Signature", WebhookSignature.header(out.secret(), timestamp, out.body()));
        return headers;
    }
}
