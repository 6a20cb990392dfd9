package app.loadwise.server.schedule;

import app.loadwise.recovery.NightlyRun;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fires the nightly scoring run at the configured time on every instance (a non-persistent timer); each
 * instance tries to claim the night and only one starts the job. At start-up, a night missed while the app
 * was down is caught up.
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyScoringSchedule {

    private static final Logger LOG = Logger.getLogger(NightlyScoringSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    NightlyRun nightly;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "loadwise.scoring.nightly.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "loadwise.scoring.nightly.time", defaultValue = "02:00")
    String time;

    @Inject
    @ConfigProperty(name = "loadwise.scoring.nightly.zone", defaultValue = "UTC")
    String zone;

    private LocalTime at;
    private ZoneId zoneId;

    @PostConstruct
    void schedule() {
        if (!enabled) {
            LOG.info("Nightly scoring is switched off (loadwise.scoring.nightly.enabled=false)");
            return;
        }
        at = LocalTime.parse(time.strip());
        zoneId = ZoneId.of(zone.strip());
        ScheduleExpression expression = new ScheduleExpression()
                .hour(at.getHour()).minute(at.getMinute()).second(0).timezone(zoneId.getId());
        timers.createCalendarTimer(expression, new TimerConfig("nightly-scoring", false));
        LOG.info(() -> "Nightly scoring scheduled at " + at + " " + zoneId);
        catchUp();
    }

    @Timeout
    void fire(Timer timer) {
        start(LocalDate.now(clock.withZone(zoneId)));
    }

    /** The most recent scheduled night, if its time has passed and nobody ran it: run it now. */
    void catchUp() {
        LocalDate night = lastScheduledNight(ZonedDateTime.now(clock.withZone(zoneId)), at);
        try {
            if (!nightly.isClaimed(night)) {
                LOG.info(() -> "Nightly scoring for " + night + " did not run; catching up now");
                start(night);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check for a missed nightly scoring run", e);
        }
    }

    /** The night of the most recent scheduled time at or before {@code now}: today once the time has passed, else yesterday. */
    static LocalDate lastScheduledNight(ZonedDateTime now, LocalTime at) {
        return now.toLocalTime().isBefore(at) ? now.toLocalDate().minusDays(1) : now.toLocalDate();
    }

    private void start(LocalDate night) {
        try {
            nightly.claimAndStart(night, instanceName());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Nightly scoring for " + night + " could not start", e);
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
