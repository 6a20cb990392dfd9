package app.loadwise.checkin.internal;

import app.loadwise.checkin.internal.store.CheckInReminders.Recipient;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pass of the daily reminders: every athlete who wants them and whose local time has reached the reminder time
 * (within the window after it) and who has not checked in today gets one email, at most once a day: the day is
 * claimed in the database before the mail goes out, so a restart or a second instance never sends it twice. A mail
 * the server refused is noted and not sent again that day. Each mail carries a check-in token that works until the
 * end of that day and its own unsubscribe token; only their hashes are kept.
 */
public final class ReminderRun {

    private static final Logger LOG = Logger.getLogger(ReminderRun.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    /** The records the run reads and writes, each call a transaction of its own. */
    public interface Ledger {
        List<Recipient> recipients();

        boolean checkedIn(long athleteId, LocalDate day);

        boolean claim(long athleteId, LocalDate day, String unsubscribeHash, String tokenHash, Instant now, Instant expiresAt);

        void sent(long athleteId, LocalDate day, Instant sentAt, String error);
    }

    /** Sends one reminder. */
    public interface Mailer {
        void send(Reminder reminder) throws Exception;
    }

    /** A composed reminder email. */
    public record Reminder(String to, String subject, String text, String html, String checkInUrl, String unsubscribeUrl) {
    }

    private final Ledger ledger;
    private final Mailer mailer;
    private final LocalTime at;
    private final Duration window;
    private final String baseUrl;
    private final Clock clock;

    public ReminderRun(Ledger ledger, Mailer mailer, LocalTime at, Duration window, String baseUrl, Clock clock) {
        this.ledger = ledger;
        this.mailer = mailer;
        this.at = at;
        this.window = window;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.clock = clock;
    }

    /** Sends the reminders due now; answers how many went out. */
    public int run() {
        int sent = 0;
        for (Recipient r : ledger.recipients()) {
            Instant now = clock.instant();
            ZoneId zone = zone(r);
            if (!CheckInDays.reminderDue(now, zone, at, window)) {
                continue;
            }
            LocalDate day = CheckInDays.today(now, zone);
            if (ledger.checkedIn(r.athleteId(), day)) {
                continue;
            }
            String token = CheckInTokens.newToken();
            String unsubscribe = CheckInTokens.newToken();
            if (!ledger.claim(r.athleteId(), day, CheckInTokens.hash(unsubscribe), CheckInTokens.hash(token), now,
                    CheckInDays.endOfDay(day, zone))) {
                continue;
            }
            Reminder reminder = compose(r, day, baseUrl + "/check-in/" + token, baseUrl + "/check-in-unsubscribe/" + unsubscribe);
            try {
                mailer.send(reminder);
                ledger.sent(r.athleteId(), day, clock.instant(), null);
                sent++;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Check-in reminder to athlete " + r.athleteId() + " for " + day + " not sent: " + e);
                ledger.sent(r.athleteId(), day, null, String.valueOf(e.getMessage()));
            }
        }
        return sent;
    }

    private static ZoneId zone(Recipient r) {
        try {
            return ZoneId.of(r.athleteZone() != null && !r.athleteZone().isBlank() ? r.athleteZone() : r.clubZone());
        } catch (DateTimeException e) {
            return ZoneId.of(r.clubZone());
        }
    }

    static Reminder compose(Recipient r, LocalDate day, String checkInUrl, String unsubscribeUrl) {
        String first = AthleteNames.first(r.name());
        String date = DAY.format(day);
        String subject = "Your check-in for " + date;
        String text = "Good morning " + first + ",\n\n"
                + "How did you sleep, and how do you feel? Your check-in for " + date + " takes under 30 seconds:\n"
                + checkInUrl + "\n\n"
                + "This link works until the end of the day. Your coach at " + r.clubName() + " sees your answers.\n\n"
                + "No more reminders: " + unsubscribeUrl + "\n";
        String html = "<!DOCTYPE html><html><body style=\"font-family:sans-serif;font-size:16px;line-height:1.5\">"
                + "<p>Good morning " + escape(first) + ",</p>"
                + "<p>How did you sleep, and how do you feel? Your check-in for " + escape(date) + " takes under 30 seconds.</p>"
                + "<p><a href=\"" + escape(checkInUrl) + "\" style=\"display:inline-block;padding:12px 20px;background:#1d4ed8;"
                + "color:#fff;border-radius:6px;text-decoration:none;font-weight:bold\">Check in now</a></p>"
                + "<p style=\"color:#555\">This link works until the end of the day. Your coach at " + escape(r.clubName())
                + " sees your answers.</p>"
                + "<p style=\"color:#555;font-size:13px\"><a href=\"" + escape(unsubscribeUrl) + "\">No more reminders</a></p>"
                + "</body></html>";
        return new Reminder(r.email(), subject, text, html, checkInUrl, unsubscribeUrl);
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
