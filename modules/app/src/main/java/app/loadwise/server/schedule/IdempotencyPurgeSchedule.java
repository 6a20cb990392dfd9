package app.loadwise.server.schedule;

import app.loadwise.access.IdempotentAnswers;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every hour, on every instance, forgets the kept Idempotency-Key answers older than a day. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdempotencyPurgeSchedule {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurgeSchedule.class.getName());

    @Inject
    IdempotentAnswers answers;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void purge() {
        try {
            int forgotten = answers.purgeExpired();
            if (forgotten > 0) {
                LOG.fine(() -> "Forgot " + forgotten + " expired Idempotency-Key answers");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Forgetting expired Idempotency-Key answers failed", e);
        }
    }
}
