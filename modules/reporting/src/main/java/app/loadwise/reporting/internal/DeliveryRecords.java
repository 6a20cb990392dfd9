package app.loadwise.reporting.internal;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.common.NotFoundException;
import app.loadwise.reporting.ReportSent;
import app.loadwise.reporting.internal.store.ReportDelivery;
import app.loadwise.reporting.internal.store.ReportDeliveryRepository;
import app.loadwise.reporting.internal.store.ReportRecipient;
import app.loadwise.reporting.internal.store.ReportRecipientRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Delivery records, each change in a transaction of its own so a lost claim never spoils the caller's work. */
@ApplicationScoped
public class DeliveryRecords {

    @Inject
    ReportDeliveryRepository deliveries;

    @Inject
    ReportRecipientRepository recipients;

    @Inject
    Event<ReportSent> reportSent;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long insert(long clubId, IsoWeek week, String trigger, Instant now, Instant leaseUntil) {
        return deliveries.insert(new ReportDelivery(clubId, week, trigger, now, leaseUntil)).id();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ReportDelivery> find(long clubId, IsoWeek week) {
        Optional<ReportDelivery> found = deliveries.find(clubId, week);
        found.ifPresent(ReportDelivery::attemptLog);
        return found;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeForRetry(long id, Instant now, Instant leaseUntil) {
        return deliveries.takeForRetry(id, now, leaseUntil);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int attempts(long id) {
        return deliveries.get(id).attempts();
    }

    /** Records the mail server's acceptance, and announces it ({@link ReportSent}) in the same transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long id, Instant at, String to, String messageId) {
        ReportDelivery delivery = deliveries.get(id);
        delivery.sent(at, to, messageId);
        reportSent.fire(new ReportSent(delivery.clubId(), delivery.week(), downloadPath(delivery.clubId(), delivery.week()), at));
    }

    /** Where the API serves the club-week's workbook. */
    public static String downloadPath(long clubId, IsoWeek week) {
        return "/api/v1/clubs/" + clubId + "/reports/" + week + ".xlsx";
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, Instant at, String error, Instant retryAt) {
        deliveries.get(id).failed(at, error, retryAt);
    }

    /** Makes a failed or interrupted delivery due now; answers its id. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long retryAt(long clubId, IsoWeek week, Instant now) {
        ReportDelivery delivery = deliveries.find(clubId, week)
                .orElseThrow(() -> new NotFoundException("report delivery of " + week + " for club", clubId));
        delivery.retryAt(now);
        return delivery.id();
    }

    /** Due retries as (id, club, week). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ReportDelivery> due(Instant now, int max) {
        return deliveries.dueForRetry(now, max).stream().map(deliveries::get).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> recipientsOf(long clubId) {
        return recipients.ofClub(clubId).stream().map(ReportRecipient::email).toList();
    }
}
