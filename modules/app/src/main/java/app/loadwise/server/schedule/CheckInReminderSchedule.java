package app.loadwise.server.schedule;

import app.loadwise.checkin.CheckInReminderMail;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every minute, on every instance, sends the athletes' check-in reminders that are due. Each athlete's day is claimed
 * by one insert under a unique key (athlete, day), so only one instance sends it, once.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CheckInReminderSchedule {

    private static final Logger LOG = Logger.getLogger(CheckInReminderSchedule.class.getName());

    @Inject
    CheckInReminderMail reminders;

    @Inject
    @ConfigProperty(name = "loadwise.checkin.reminder.enabled", defaultValue = "true")
    boolean enabled;

    @Schedule(hour = "*", minute = "*", second = "45", persistent = false)
    void sendDue() {
        if (!enabled) {
            return;
        }
        try {
            int sent = reminders.sendDue();
            if (sent > 0) {
                LOG.info(() -> "Check-in reminders: " + sent + " sent");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Check-in reminders failed", e);
        }
    }
}
