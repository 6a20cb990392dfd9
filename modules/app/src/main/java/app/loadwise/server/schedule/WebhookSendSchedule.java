package app.loadwise.server.schedule;

import app.loadwise.webhooks.Webhooks;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every 10 seconds, on every instance, posts the webhook deliveries that are due. Each is taken by one conditional
 * update, so exactly one instance posts it; a tick that is still busy makes the next one skip.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSendSchedule {

    private static final Logger LOG = Logger.getLogger(WebhookSendSchedule.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    Webhooks webhooks;

    @Inject
    @ConfigProperty(name = "loadwise.webhooks.sender-enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "loadwise.webhooks.keep-attempts", defaultValue = "P90D")
    Duration keepAttempts;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void sendDue() {
        if (!enabled || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            int delivered = webhooks.sendDue(Duration.ofSeconds(50));
            if (delivered > 0) {
                LOG.fine(() -> "Webhooks: " + delivered + " delivered");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending webhook deliveries failed", e);
        } finally {
            running.set(false);
        }
    }

    /** Every hour: finished deliveries keep their attempt log for {@code loadwise.webhooks.keep-attempts}. */
    @Schedule(hour = "*", minute = "53", persistent = false)
    void forgetOldAttempts() {
        try {
            int forgotten = webhooks.forgetOldAttempts(keepAttempts);
            if (forgotten > 0) {
                LOG.info(() -> "Webhooks: forgot " + forgotten + " attempts of finished deliveries older than " + keepAttempts);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Forgetting old webhook attempts failed", e);
        }
    }
}
