package app.loadwise.reporting.internal;

import app.loadwise.reporting.MailServer;
import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.reporting.internal.DeliveryProcess.Outcome;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The at-most-once delivery against a real SMTP server (GreenMail) on loopback. */
class DeliveryProcessTest {

    private static final IsoWeek WEEK = ReportFixtures.WEEK;
    private static final List<Duration> DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T05:00:00Z"));
    private final MemoryLedger ledger = new MemoryLedger();
    private final AtomicInteger composed = new AtomicInteger();
    private int port;
    private GreenMail smtp;

    @BeforeEach
    void freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
    }

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private DeliveryProcess process() {
        SmtpTransport transport = new SmtpTransport(new MailServer("127.0.0.1", port, null, null, false,
                "reports@loadwise.test", Duration.ofSeconds(5)));
        DeliveryProcess.Composer composer = (club, week) -> {
            composed.incrementAndGet();
            return new ReportMailComposer().compose(ReportFixtures.smallClub(), List.of("coach@club.test", "physio@club.test"),
                    "loadwise-club-7-" + week + ".xlsx");
        };
        return new DeliveryProcess(ledger, composer, transport, DELAYS, Duration.ofMinutes(10), clock);
    }

    @Test
    void mailsTheReportOnceWithTextHtmlAndAParseableWorkbook() throws Exception {
        startSmtp();
        DeliveryProcess process = process();

        assertThat(process.deliver(7, WEEK, "schedule")).isEqualTo(Outcome.SENT);
        assertThat(process.deliver(7, WEEK, "manual")).isEqualTo(Outcome.ALREADY_CLAIMED);
        assertThat(process().deliver(7, WEEK, "schedule")).as("another instance").isEqualTo(Outcome.ALREADY_CLAIMED);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).as("one message per recipient, one mail").hasSize(2);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Loadwise weekly report 2026-W47: Riverside Harriers");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("reports@loadwise.test");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("coach@club.test", "physio@club.test");
        Multipart mixed = (Multipart) mail.getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
        String text = (String) alternative.getBodyPart(0).getContent();
        assertThat(text).contains("3 athletes scored: 1 green, 1 amber, 1 red.").contains("Sharp left Achilles pain");
        String html = (String) alternative.getBodyPart(1).getContent();
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(html).contains("Ben &amp; Jerry&#39;s").contains("=HYPERLINK(&quot;").doesNotContain("<script");
        BodyPart attachment = mixed.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("loadwise-club-7-2026-W47.xlsx");
        assertThat(attachment.getContentType()).startsWith(WeeklyReportWorkbook.CONTENT_TYPE);
        try (InputStream in = attachment.getInputStream(); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(1)).isEqualTo("Athletes");
            assertThat(workbook.getSheet("Athletes").getLastRowNum()).isEqualTo(3);
        }
        MemoryLedger.Row row = ledger.rows.get(1L);
        assertThat(row.status).isEqualTo("sent");
        assertThat(row.attempts).isEqualTo(1);
        assertThat(row.messageId).isEqualTo(mail.getMessageID());
        assertThat(composed).hasValue(1);
    }

    @Test
    void smtpDownThenUpSendsOneMailAfterTheRetry() throws Exception {
        DeliveryProcess process = process();

        assertThat(process.deliver(7, WEEK, "schedule")).isEqualTo(Outcome.RETRY_PENDING);
        MemoryLedger.Row row = ledger.rows.get(1L);
        assertThat(row.status).isEqualTo("retry_pending");
        assertThat(row.nextAttemptAt).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(row.errors.get(0)).contains("MailConnectException");
        assertThat(process.retry(1, 7, WEEK)).as("not due yet").isEqualTo(Outcome.ALREADY_CLAIMED);
        assertThat(process.deliver(7, WEEK, "manual")).isEqualTo(Outcome.ALREADY_CLAIMED);

        startSmtp();
        clock.advance(Duration.ofMinutes(1));
        assertThat(process.retry(1, 7, WEEK)).isEqualTo(Outcome.SENT);
        assertThat(process.retry(1, 7, WEEK)).isEqualTo(Outcome.ALREADY_CLAIMED);
        clock.advance(Duration.ofHours(1));
        assertThat(process.retry(1, 7, WEEK)).isEqualTo(Outcome.ALREADY_CLAIMED);

        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(smtp.getReceivedMessages()[0].getMessageID()).isEqualTo(smtp.getReceivedMessages()[1].getMessageID());
        assertThat(row.status).isEqualTo("sent");
        assertThat(row.attempts).isEqualTo(2);
        assertThat(row.outcomes).containsExactly("failed", "sent");
    }

    @Test
    void givesUpAfterTheLastDelay() {
        DeliveryProcess process = process();
        assertThat(process.deliver(7, WEEK, "schedule")).isEqualTo(Outcome.RETRY_PENDING);
        clock.advance(Duration.ofMinutes(1));
        assertThat(process.retry(1, 7, WEEK)).isEqualTo(Outcome.RETRY_PENDING);
        assertThat(ledger.rows.get(1L).nextAttemptAt).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
        clock.advance(Duration.ofMinutes(5));
        assertThat(process.retry(1, 7, WEEK)).isEqualTo(Outcome.FAILED);
        assertThat(ledger.rows.get(1L).status).isEqualTo("failed");
        assertThat(ledger.rows.get(1L).attempts).isEqualTo(3);
        clock.advance(Duration.ofDays(1));
        assertThat(process.retry(1, 7, WEEK)).isEqualTo(Outcome.ALREADY_CLAIMED);
    }

    @Test
    void aSentMailThatCannotBeRecordedIsNeverSentAgain() throws Exception {
        startSmtp();
        ledger.failOnSent = true;
        DeliveryProcess process = process();

        assertThat(process.deliver(7, WEEK, "schedule")).isEqualTo(Outcome.SENT);
        clock.advance(Duration.ofHours(1));
        assertThat(process.retry(1, 7, WEEK)).isEqualTo(Outcome.ALREADY_CLAIMED);
        assertThat(process.deliver(7, WEEK, "manual")).isEqualTo(Outcome.ALREADY_CLAIMED);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(ledger.rows.get(1L).status).isEqualTo("sending");
        assertThat(ledger.rows.get(1L).attempts).isZero();
    }

    /** The delivery table in memory, unique on (club, week) like the real one. */
    static final class MemoryLedger implements DeliveryProcess.Ledger {
        static final class Row {
            String status = "sending";
            int attempts;
            Instant nextAttemptAt;
            String messageId;
            final List<String> outcomes = new ArrayList<>();
            final List<String> errors = new ArrayList<>();
        }

        final Map<String, Long> keys = new HashMap<>();
        boolean failOnSent;
        final Map<Long, Row> rows = new HashMap<>();

        @Override
        public synchronized Optional<Long> claim(long clubId, IsoWeek week, String trigger, Instant now, Instant leaseUntil) {
            String key = clubId + "|" + week;
            if (keys.containsKey(key)) {
                return Optional.empty();
            }
            long id = rows.size() + 1L;
            keys.put(key, id);
            rows.put(id, new Row());
            return Optional.of(id);
        }

        @Override
        public synchronized boolean takeForRetry(long id, Instant now, Instant leaseUntil) {
            Row row = rows.get(id);
            if (!row.status.equals("retry_pending") || row.nextAttemptAt.isAfter(now)) {
                return false;
            }
            row.status = "sending";
            return true;
        }

        @Override
        public int attempts(long id) {
            return rows.get(id).attempts;
        }

        @Override
        public void sent(long id, Instant at, String recipients, String messageId) {
            if (failOnSent) {
                throw new IllegalStateException("database unreachable");
            }
            Row row = rows.get(id);
            row.attempts++;
            row.outcomes.add("sent");
            row.status = "sent";
            row.messageId = messageId;
            row.nextAttemptAt = null;
        }

        @Override
        public void failed(long id, Instant at, String error, Instant retryAt) {
            Row row = rows.get(id);
            row.attempts++;
            row.outcomes.add("failed");
            row.errors.add(error);
            row.status = retryAt == null ? "failed" : "retry_pending";
            row.nextAttemptAt = retryAt;
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
