package app.loadwise.reporting.internal;

import app.loadwise.domain.common.FailureText;
import app.loadwise.domain.common.IsoWeek;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a club-week's report at most once. The delivery record is inserted first under a unique (club, week) key;
 * only the caller whose insert succeeds sends. A failed send is recorded and retried after the next delay in
 * {@code retryDelays}; after the last one the delivery ends FAILED. A send that was interrupted (the instance
 * stopped while holding it) is not repeated automatically, because the mail server may already have accepted it.
 */
public final class DeliveryProcess {

    private static final Logger LOG = Logger.getLogger(DeliveryProcess.class.getName());

    /** The delivery records, each method in a transaction of its own. */
    public interface Ledger {
        /** Inserts the club-week's delivery held until {@code leaseUntil}; empty when the club-week already has one. */
        Optional<Long> claim(long clubId, IsoWeek week, String trigger, Instant now, Instant leaseUntil);

        /** Takes a delivery whose retry is due; false when another caller took it or it is not due. */
        boolean takeForRetry(long id, Instant now, Instant leaseUntil);

        /** Attempts made so far. */
        int attempts(long id);

        void sent(long id, Instant at, String recipients, String messageId);

        void failed(long id, Instant at, String error, Instant retryAt);
    }

    /** Builds the club-week's mail. */
    public interface Composer {
        ReportMail compose(long clubId, IsoWeek week);
    }

    /** Hands a mail to the mail server and answers its message id. */
    public interface MailTransport {
        String send(ReportMail mail) throws Exception;
    }

    /** What happened to one delivery request. */
    public enum Outcome { SENT, RETRY_PENDING, FAILED, ALREADY_CLAIMED }

    private final Ledger ledger;
    private final Composer composer;
    private final MailTransport transport;
    private final List<Duration> retryDelays;
    private final Duration lease;
    private final Clock clock;

    public DeliveryProcess(Ledger ledger, Composer composer, MailTransport transport, List<Duration> retryDelays, Duration lease,
                           Clock clock) {
        this.ledger = ledger;
        this.composer = composer;
        this.transport = transport;
        this.retryDelays = List.copyOf(retryDelays);
        this.lease = lease;
        this.clock = clock;
    }

    /** Claims the club-week and sends it, unless it was claimed before (by anyone, ever). */
    public Outcome deliver(long clubId, IsoWeek week, String trigger) {
        Instant now = clock.instant();
        Optional<Long> claimed = ledger.claim(clubId, week, trigger, now, now.plus(lease));
        return claimed.map(id -> attempt(id, clubId, week)).orElse(Outcome.ALREADY_CLAIMED);
    }

    /** Retries a delivery whose next attempt is due, if this caller wins it. */
    public Outcome retry(long id, long clubId, IsoWeek week) {
        Instant now = clock.instant();
        if (!ledger.takeForRetry(id, now, now.plus(lease))) {
            return Outcome.ALREADY_CLAIMED;
        }
        return attempt(id, clubId, week);
    }

    private Outcome attempt(long id, long clubId, IsoWeek week) {
        ReportMail mail;
        String messageId;
        try {
            mail = composer.compose(clubId, week);
            messageId = transport.send(mail);
        } catch (Exception e) {
            int attemptsBefore = ledger.attempts(id);
            Instant at = clock.instant();
            Instant retryAt = attemptsBefore < retryDelays.size() ? at.plus(retryDelays.get(attemptsBefore)) : null;
            String error = FailureText.describe(e);
            LOG.log(Level.WARNING, "Weekly report of club " + clubId + ", " + week + ": attempt " + (attemptsBefore + 1)
                    + " failed (" + error + ")" + (retryAt == null ? "; giving up" : "; next attempt at " + retryAt));
            ledger.failed(id, at, error, retryAt);
            return retryAt == null ? Outcome.FAILED : Outcome.RETRY_PENDING;
        }
        // The server has the message: whatever happens from here, it is never sent again.
        try {
            ledger.sent(id, clock.instant(), String.join(", ", mail.to()), messageId);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Weekly report of club " + clubId + ", " + week + " was sent as " + messageId
                    + " but could not be recorded; the delivery stays held and will show as interrupted", e);
        }
        return Outcome.SENT;
    }
}
