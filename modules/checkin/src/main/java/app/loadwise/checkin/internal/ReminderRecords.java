package app.loadwise.checkin.internal;

import app.loadwise.checkin.internal.store.CheckInReminders;
import app.loadwise.domain.training.WellnessRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The reminder run's records, each call a transaction of its own (never around sending a mail). */
@ApplicationScoped
public class ReminderRecords implements ReminderRun.Ledger {

    @Inject
    CheckInReminders reminders;

    @Inject
    WellnessRepository wellness;

    @Inject
    ClaimWriter writer;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<CheckInReminders.Recipient> recipients() {
        return reminders.recipients();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean checkedIn(long athleteId, LocalDate day) {
        return wellness.on(athleteId, day).map(entry -> entry.checkedInAt() != null).orElse(false);
    }

    @Override
    public boolean claim(long athleteId, LocalDate day, String unsubscribeHash, String tokenHash, Instant now, Instant expiresAt) {
        try {
            return writer.claim(athleteId, day, unsubscribeHash, tokenHash, now, expiresAt);
        } catch (RuntimeException e) {
            if (isDuplicateKey(e)) {
                // another instance inserted the same (athlete, day) between our check and our insert: the key decided
                return false;
            }
            throw e;
        }
    }

    /** A unique key another transaction took first: SQLState class 23, as PostgreSQL and H2 report it. */
    static boolean isDuplicateKey(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long athleteId, LocalDate day, Instant sentAt, String error) {
        reminders.sent(athleteId, day, sentAt, error);
    }

    /** The claim in a transaction of its own, so that a lost race rolls back only itself. */
    @ApplicationScoped
    public static class ClaimWriter {
        @Inject
        CheckInReminders reminders;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public boolean claim(long athleteId, LocalDate day, String unsubscribeHash, String tokenHash, Instant now, Instant expiresAt) {
            return reminders.claim(athleteId, day, unsubscribeHash, tokenHash, now, expiresAt);
        }
    }
}
