package app.loadwise.reporting;

import app.loadwise.reporting.internal.store.DeliveryAttempt;
import app.loadwise.reporting.internal.store.DeliveryStatus;
import app.loadwise.reporting.internal.store.ReportDelivery;
import java.time.Instant;
import java.util.List;

/**
 * A club-week's report delivery: {@code status} is sending, retry_pending, sent or failed; a delivery still
 * "sending" after its lease ended was interrupted and is reported as {@code interrupted}.
 */
public record DeliveryView(long id, long clubId, String week, String trigger, String status, int attempts,
                           Instant nextAttemptAt, Instant sentAt, String recipients, String lastError, Instant createdAt,
                           List<Attempt> attemptLog) {

    /** One send attempt. */
    public record Attempt(Instant at, String outcome, String error) {
    }

    static DeliveryView of(ReportDelivery d, Instant now, boolean withLog) {
        String status = d.status().code();
        if (d.status() == DeliveryStatus.SENDING && d.leaseUntil() != null && d.leaseUntil().isBefore(now)) {
            status = "interrupted";
        }
        List<Attempt> log = withLog
                ? d.attemptLog().stream().map((DeliveryAttempt a) -> new Attempt(a.attemptedAt(), a.outcome(), a.error())).toList()
                : null;
        return new DeliveryView(d.id(), d.clubId(), d.week().toString(), d.trigger(), status, d.attempts(), d.nextAttemptAt(),
                d.sentAt(), d.recipients(), d.lastError(), d.createdAt(), log);
    }
}
