package app.loadwise.checkin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.checkin.internal.store.CheckInReminders.Recipient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReminderRunTest {

    private static final Recipient ADA = new Recipient(1, 10, "Ada Okafor", "ada@example.org", "Riverside <Runners>",
            "Europe/Berlin", null);
    private static final Recipient KIRI = new Recipient(2, 10, "Kiri Walker", "kiri@example.org", "Riverside <Runners>",
            "Europe/Berlin", "Pacific/Auckland");

    /** The database's part: the unique key (athlete, day) is the set of claims. */
    private static final class FakeLedger implements ReminderRun.Ledger {
        final List<Recipient> recipients = new ArrayList<>();
        final Set<String> claims = new HashSet<>();
        final Set<String> checkedIn = new HashSet<>();
        final Map<String, String> errors = new HashMap<>();
        final Map<String, Instant> sent = new HashMap<>();

        @Override
        public List<Recipient> recipients() {
            return recipients;
        }

        @Override
        public boolean checkedIn(long athleteId, LocalDate day) {
            return checkedIn.contains(athleteId + "/" + day);
        }

        @Override
        public boolean claim(long athleteId, LocalDate day, String unsubscribeHash, String tokenHash, Instant now, Instant expiresAt) {
            assertThat(unsubscribeHash).hasSize(64).isNotEqualTo(tokenHash);
            return claims.add(athleteId + "/" + day);
        }

        @Override
        public void sent(long athleteId, LocalDate day, Instant sentAt, String error) {
            if (sentAt != null) {
                sent.put(athleteId + "/" + day, sentAt);
            }
            if (error != null) {
                errors.put(athleteId + "/" + day, error);
            }
        }
    }

    private final FakeLedger ledger = new FakeLedger();
    private final List<ReminderRun.Reminder> mails = new ArrayList<>();

    private ReminderRun run(String instant) {
        return new ReminderRun(ledger, mails::add, LocalTime.of(7, 0), Duration.ofHours(4), "https://lw.example.org/",
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void sendsAtTheReminderTimeInEachAthletesZoneOnceADay() {
        ledger.recipients.addAll(List.of(ADA, KIRI));
        // 07:30 in Auckland on 8 December, 19:30 on the 7th in Berlin
        assertThat(run("2026-12-07T18:30:00Z").run()).isEqualTo(1);
        assertThat(mails).extracting(ReminderRun.Reminder::to).containsExactly("kiri@example.org");
        assertThat(ledger.sent).containsOnlyKeys("2/2026-12-08");
        // a second pass (another instance, a restart) finds the day claimed
        assertThat(run("2026-12-07T18:31:00Z").run()).isZero();
        // 07:05 in Berlin on the 8th: Ada's turn; Kiri's day is claimed
        assertThat(run("2026-12-08T06:05:00Z").run()).isEqualTo(1);
        assertThat(mails).extracting(ReminderRun.Reminder::to).containsExactly("kiri@example.org", "ada@example.org");
    }

    @Test
    void noReminderBeforeTheTimeAfterTheWindowOrOnceCheckedIn() {
        ledger.recipients.add(ADA);
        assertThat(run("2026-12-08T05:59:00Z").run()).isZero();
        assertThat(run("2026-12-08T10:00:00Z").run()).isZero();
        ledger.checkedIn.add("1/2026-12-08");
        assertThat(run("2026-12-08T06:00:00Z").run()).isZero();
        assertThat(mails).isEmpty();
        assertThat(ledger.claims).isEmpty();
    }

    @Test
    void aRefusedMailIsNotedAndNotSentAgainThatDay() {
        ledger.recipients.add(ADA);
        ReminderRun failing = new ReminderRun(ledger, m -> {
            throw new IllegalStateException("550 mailbox unavailable");
        }, LocalTime.of(7, 0), Duration.ofHours(4), "https://lw.example.org", Clock.fixed(Instant.parse("2026-12-08T06:00:00Z"),
                ZoneOffset.UTC));
        assertThat(failing.run()).isZero();
        assertThat(ledger.errors).containsEntry("1/2026-12-08", "550 mailbox unavailable");
        assertThat(run("2026-12-08T06:01:00Z").run()).isZero();
        assertThat(mails).isEmpty();
    }

    @Test
    void theMailCarriesADaysCheckInLinkAndItsOwnUnsubscribeLinkEscapedInHtml() {
        ledger.recipients.add(ADA);
        run("2026-12-08T06:00:00Z").run();
        ReminderRun.Reminder mail = mails.get(0);
        assertThat(mail.subject()).isEqualTo("Your check-in for Tuesday 8 December");
        assertThat(mail.checkInUrl()).matches("https://lw\\.example\\.org/check-in/[A-Za-z0-9_-]{43}");
        assertThat(mail.unsubscribeUrl()).matches("https://lw\\.example\\.org/check-in-unsubscribe/[A-Za-z0-9_-]{43}");
        assertThat(mail.text()).startsWith("Good morning Ada,").contains(mail.checkInUrl(), mail.unsubscribeUrl())
                .doesNotContain("Okafor");
        assertThat(mail.html()).contains("Riverside &lt;Runners&gt;").doesNotContain("<Runners>")
                .contains("href=\"" + mail.checkInUrl() + "\"");
    }
}
