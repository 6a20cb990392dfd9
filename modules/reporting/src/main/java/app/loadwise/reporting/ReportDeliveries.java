package app.loadwise.reporting;

import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.ConflictException;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.reporting.internal.DeliveryProcess;
import app.loadwise.reporting.internal.DeliveryRecords;
import app.loadwise.reporting.internal.ReportMailComposer;
import app.loadwise.reporting.internal.SmtpTransport;
import app.loadwise.reporting.internal.store.ReportDelivery;
import app.loadwise.reporting.internal.store.ReportDeliveryRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Mails a club-week's report to the club's recipients at most once, retrying failed sends with backoff. */
@ApplicationScoped
public class ReportDeliveries {

    /** How long an instance holds a delivery while sending it. */
    static final Duration LEASE = Duration.ofMinutes(10);

    @Inject
    DeliveryRecords records;

    @Inject
    ReportDeliveryRepository deliveries;

    @Inject
    ClubRepository clubs;

    @Inject
    WeeklyReports reports;

    @Inject
    Clock clock;

    @Inject
    MailSettings mail;

    @Inject
    @ConfigProperty(name = "loadwise.report.retry-delays", defaultValue = "PT1M,PT5M,PT15M,PT1H,PT4H")
    String retryDelays;

    private DeliveryProcess process;

    @PostConstruct
    void init() {
        SmtpTransport transport = new SmtpTransport(mail.server());
        ReportMailComposer composer = new ReportMailComposer();
        List<Duration> delays = Arrays.stream(retryDelays.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Duration::parse).toList();
        process = new DeliveryProcess(new Ledger(), (clubId, week) -> {
            ClubWeekReport report = reports.assemble(clubId, week.toString());
            return composer.compose(report, records.recipientsOf(clubId), WeeklyReports.fileName(report));
        }, transport, delays, LEASE, clock);
    }

    /**
     * Sends the week's report now unless the club-week was delivered (or tried) before. Fails with a conflict when
     * the club has no recipients or the week already has a delivery.
     */
    public DeliveryView sendNow(long clubId, String week) {
        IsoWeek isoWeek = checkedWeek(clubId, week);
        if (records.recipientsOf(clubId).isEmpty()) {
            throw new ConflictException("recipients", "the club has no report recipients; add one first");
        }
        DeliveryProcess.Outcome outcome = process.deliver(clubId, isoWeek, "manual");
        DeliveryView view = view(clubId, isoWeek);
        if (outcome == DeliveryProcess.Outcome.ALREADY_CLAIMED) {
            throw new ConflictException("week", "the report of " + isoWeek + " has a delivery already (status " + view.status()
                    + "); a club-week is mailed only once");
        }
        return view;
    }

    /** The scheduled delivery of a club-week: sends when the club has recipients and the week was never delivered. */
    public Optional<DeliveryProcess.Outcome> deliverScheduled(long clubId, IsoWeek week) {
        if (records.recipientsOf(clubId).isEmpty() || records.find(clubId, week).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(process.deliver(clubId, week, "schedule"));
    }

    /**
     * Tries a failed or interrupted delivery again now (an operator's decision: an interrupted send may have
     * reached the mail server). Fails with a conflict for any other status.
     */
    public DeliveryView retryNow(long clubId, String week) {
        IsoWeek isoWeek = IsoWeek.parse(week);
        clubs.find(clubId).orElseThrow(() -> new NotFoundException("club", clubId));
        long id = records.retryAt(clubId, isoWeek, clock.instant());
        process.retry(id, clubId, isoWeek);
        return view(clubId, isoWeek);
    }

    /** Retries every delivery whose next attempt is due; answers how many were sent. */
    public int retryDue() {
        int sent = 0;
        for (ReportDelivery due : records.due(clock.instant(), 100)) {
            if (process.retry(due.id(), due.clubId(), due.week()) == DeliveryProcess.Outcome.SENT) {
                sent++;
            }
        }
        return sent;
    }

    /** A club's deliveries, newest week first (the run list). */
    @Transactional
    public Page<DeliveryView> list(long clubId, PageRequest page) {
        clubs.get(clubId);
        Instant now = clock.instant();
        return deliveries.ofClub(clubId, page).map(d -> DeliveryView.of(d, now, false));
    }

    /** One club-week's delivery with every attempt. */
    public DeliveryView view(long clubId, IsoWeek week) {
        return records.find(clubId, week).map(d -> DeliveryView.of(d, clock.instant(), true))
                .orElseThrow(() -> new NotFoundException("report delivery of " + week + " for club", clubId));
    }

    private IsoWeek checkedWeek(long clubId, String week) {
        var club = clubs.get(clubId);
        IsoWeek isoWeek = IsoWeek.parse(week);
        if (isoWeek.monday().isAfter(LocalDate.now(clock.withZone(club.timeZone())))) {
            throw new InvalidValueException("week",
                    "week " + isoWeek + " has not started yet in " + club.timeZone().getId());
        }
        return isoWeek;
    }

    /** The ledger over the delivery table: a failed insert of an existing club-week is a lost claim. */
    private final class Ledger implements DeliveryProcess.Ledger {
        @Override
        public Optional<Long> claim(long clubId, IsoWeek week, String trigger, Instant now, Instant leaseUntil) {
            try {
                return Optional.of(records.insert(clubId, week, trigger, now, leaseUntil));
            } catch (RuntimeException e) {
                if (records.find(clubId, week).isPresent()) {
                    return Optional.empty();
                }
                throw e;
            }
        }

        @Override
        public boolean takeForRetry(long id, Instant now, Instant leaseUntil) {
            return records.takeForRetry(id, now, leaseUntil);
        }

        @Override
        public int attempts(long id) {
            return records.attempts(id);
        }

        @Override
        public void sent(long id, Instant at, String recipients, String messageId) {
            records.sent(id, at, recipients, messageId);
        }

        @Override
        public void failed(long id, Instant at, String error, Instant retryAt) {
            records.failed(id, at, error, retryAt);
        }
    }
}
