package app.loadwise.server.schedule;

import app.loadwise.reporting.ReportDeliveries;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every minute, on every instance, retries the weekly report deliveries whose next attempt is due. Each due
 * delivery is taken by one conditional update, so only one instance sends it.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportRetrySchedule {

    private static final Logger LOG = Logger.getLogger(ReportRetrySchedule.class.getName());

    @Inject
    ReportDeliveries deliveries;

    @Inject
    @ConfigProperty(name = "loadwise.report.retry.enabled", defaultValue = "true")
    boolean enabled;

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
    void retryDue() {
        if (!enabled) {
            return;
        }
        try {
            int sent = deliveries.retryDue();
            if (sent > 0) {
                LOG.info(() -> "Weekly report retries: " + sent + " sent");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Weekly report retries failed", e);
        }
    }
}
