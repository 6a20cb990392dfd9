package app.loadwise.server.schedule;

import app.loadwise.reporting.WeeklyReportRuns;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every hour, on every instance, tries to start the weekly report run; one instance wins the hour. Clubs reach
 * their send slot (Monday 06:00 local by default) in different hours, and the run mails only the clubs that are due.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WeeklyReportSchedule {

    private static final Logger LOG = Logger.getLogger(WeeklyReportSchedule.class.getName());

    @Inject
    WeeklyReportRuns runs;

    @Inject
    @ConfigProperty(name = "loadwise.report.weekly.enabled", defaultValue = "true")
    boolean enabled;

    @Schedule(hour = "*", minute = "5", persistent = false)
    void hourly() {
        if (!enabled) {
            return;
        }
        try {
            runs.claimAndStart(instanceName());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The weekly report run could not start", e);
        }
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ManagementFactory.getRuntimeMXBean().getName();
    }
}
