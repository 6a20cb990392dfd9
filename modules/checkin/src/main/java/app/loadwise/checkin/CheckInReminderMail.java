package app.loadwise.checkin;

import app.loadwise.checkin.internal.AthleteNames;
import app.loadwise.checkin.internal.CheckInTokens;
import app.loadwise.checkin.internal.PublicUrl;
import app.loadwise.checkin.internal.ReminderRecords;
import app.loadwise.checkin.internal.ReminderRun;
import app.loadwise.checkin.internal.store.CheckInReminders;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.reporting.MailServer;
import app.loadwise.reporting.MailSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily check-in reminder emails, sent through the same mail server as the weekly report ({@code loadwise.mail.*}),
 * at {@code loadwise.checkin.reminder.time} in each athlete's time zone; and the unsubscribe that their link makes.
 */
@ApplicationScoped
public class CheckInReminderMail {

    private static final Logger LOG = Logger.getLogger(CheckInReminderMail.class.getName());

    /** How long after the reminder time a reminder still goes out (after an instance was down). */
    static final Duration WINDOW = Duration.ofHours(4);

    /** What an unsubscribe answers: whose reminders stopped. */
    public record CheckInUnsubscribed(String firstName, boolean unsubscribed) {
    }

    @Inject
    ReminderRecords records;

    @Inject
    CheckInReminders reminders;

    @Inject
    AthleteRepository athletes;

    @Inject
    PublicUrl publicUrl;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "loadwise.checkin.reminder.time", defaultValue = "07:00")
    String time;

    @Inject
    MailSettings mail;

    private LocalTime at;
    private boolean warnedNoUrl;

    @PostConstruct
    void init() {
        try {
            at = LocalTime.parse(time.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("loadwise.checkin.reminder.time must be a time of day such as 07:00, got '" + time + "'");
        }
    }

    /**
     * Sends the reminders due now; answers how many went out. Without {@code loadwise.public-url} no reminder is sent
     * (its links would have no address to point to), and that is logged once.
     */
    public int sendDue() {
        Optional<String> base = publicUrl.configured();
        if (base.isEmpty()) {
            if (!warnedNoUrl) {
                warnedNoUrl = true;
                LOG.warning("Check-in reminders are not sent: set loadwise.public-url (LOADWISE_PUBLIC_URL) to the address "
                        + "athletes reach Loadwise at");
            }
            return 0;
        }
        return new ReminderRun(records, this::send, at, WINDOW, base.get(), clock).run();
    }

    private void send(ReminderRun.Reminder reminder) throws Exception {
        MailServer server = mail.server();
        MimeMessage message = server.newMessage();
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(reminder.to()));
        message.setSubject(reminder.subject(), StandardCharsets.UTF_8.name());
        // one-click unsubscribe (RFC 8058): the mail program posts to the API address of the same token
        String apiUnsubscribe = reminder.unsubscribeUrl().replace("/check-in-unsubscribe/", "/api/v1/check-in-unsubscribe/");
        message.setHeader("List-Unsubscribe", "<" + apiUnsubscribe + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(reminder.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(reminder.html(), StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        server.send(message);
    }

    /** Stops the reminders of the athlete whose reminder carried this unsubscribe token. */
    @Transactional
    public CheckInUnsubscribed unsubscribe(String token) {
        if (!CheckInTokens.wellFormed(token)) {
            throw new CheckIns.LinkRefused(CheckIns.Refusal.UNKNOWN);
        }
        CheckInReminders.Sent sent = reminders.byUnsubscribeHash(CheckInTokens.hash(token))
                .orElseThrow(() -> new CheckIns.LinkRefused(CheckIns.Refusal.UNKNOWN));
        reminders.unsubscribe(sent.athleteId(), clock.instant());
        String name = athletes.find(sent.athleteId()).map(a -> AthleteNames.first(a.name())).orElse("");
        return new CheckInUnsubscribed(name, true);
    }
}
