package app.loadwise.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.webhooks.internal.store.WebhookAttempt;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sender against a real HTTP receiver on loopback that checks every signature. */
class WebhookDispatchTest {

    private static final String SECRET = "whsec_receiver_test";
    private static final String BODY = "{\"id\":7,\"type\":\"finding.red\",\"occurredAt\":\"2026-11-24T02:00:00Z\",\"clubId\":1,"
            + "\"data\":{\"athleteId\":3,\"athleteName\":\"Ada Okafor\",\"week\":\"2026-W48\",\"ruleId\":\"pain\"}}";

    /** What the receiver saw of one request. */
    record Received(String event, String delivery, String timestamp, String signature, String body, boolean verified) {
    }

    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private MutableClock clock;
    private MemoryLedger ledger;

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String signature = exchange.getRequestHeaders().getFirst("Loadwise-Signature");
            boolean verified = WebhookSignature.verify(SECRET, signature, body, clock.instant(), Duration.ofMinutes(5));
            received.add(new Received(exchange.getRequestHeaders().getFirst("Loadwise-Event"),
                    exchange.getRequestHeaders().getFirst("Loadwise-Delivery"),
                    exchange.getRequestHeaders().getFirst("Loadwise-Timestamp"), signature, body, verified));
            int status = !verified ? 401 : failuresLeft.getAndDecrement() > 0 ? (received.size() == 1 ? 500 : 503) : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        clock = new MutableClock(Instant.now());
        ledger = new MemoryLedger();
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private WebhookDispatch dispatch(boolean allowLocal, String delays) {
        return new WebhookDispatch(ledger, new HttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(5)),
                new TargetRules(allowLocal, TargetRules.DEFAULT_PORTS, TargetRules.DNS), RetryDelays.parse(delays),
                Duration.ofMinutes(2), clock);
    }

    @Test
    void aReceiverFailingTwiceGetsOneDeliveryInThreeSignedAttempts() {
        failuresLeft.set(2);
        ledger.add(41, url());
        WebhookDispatch dispatch = dispatch(true, "PT1M,PT5M,PT30M,PT2H,PT12H");

        assertThat(dispatch.send(41)).isEqualTo(WebhookDispatch.Outcome.RETRY_PENDING);
        assertThat(dispatch.send(41)).as("not due yet").isEqualTo(WebhookDispatch.Outcome.NOT_TAKEN);
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatch.send(41)).isEqualTo(WebhookDispatch.Outcome.RETRY_PENDING);
        clock.advance(Duration.ofMinutes(4));
        assertThat(dispatch.send(41)).as("the second wait is five minutes").isEqualTo(WebhookDispatch.Outcome.NOT_TAKEN);
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatch.send(41)).isEqualTo(WebhookDispatch.Outcome.DELIVERED);
        assertThat(dispatch.send(41)).isEqualTo(WebhookDispatch.Outcome.NOT_TAKEN);

        assertThat(received).hasSize(3).allSatisfy(r -> {
            assertThat(r.verified()).as("signature checked by the receiver").isTrue();
            assertThat(r.event()).isEqualTo("finding.red");
            assertThat(r.delivery()).isEqualTo("41");
            assertThat(r.body()).isEqualTo(BODY);
            assertThat(r.signature()).startsWith("t=" + r.timestamp() + ",v1=");
        });
        MemoryLedger.Row row = ledger.rows.get(0);
        assertThat(row.attempts).extracting(WebhookAttempt::httpStatus).containsExactly(500, 503, 204);
        assertThat(row.attempts).allSatisfy(a -> assertThat(a.durationMs()).isNotNegative());
        assertThat(row.delivered).isTrue();
    }

    @Test
    void networkErrorsAreRetriedThenTheDeliveryFails() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ledger.add(42, "http://127.0.0.1:" + closedPort + "/hook");
        WebhookDispatch dispatch = dispatch(true, "PT1M");

        assertThat(dispatch.send(42)).isEqualTo(WebhookDispatch.Outcome.RETRY_PENDING);
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatch.send(42)).isEqualTo(WebhookDispatch.Outcome.FAILED);
        clock.advance(Duration.ofDays(1));
        assertThat(dispatch.send(42)).isEqualTo(WebhookDispatch.Outcome.NOT_TAKEN);

        MemoryLedger.Row row = ledger.rows.get(0);
        assertThat(row.attempts).hasSize(2).allSatisfy(a -> {
            assertThat(a.httpStatus()).isNull();
            assertThat(a.error()).contains("Connect");
        });
        assertThat(row.failed).isTrue();
    }

    @Test
    void aTargetThatNowResolvesToLoopbackIsRefusedWithoutAPost() {
        ledger.add(43, url());
        assertThat(dispatch(false, "").send(43)).isEqualTo(WebhookDispatch.Outcome.FAILED);
        assertThat(received).isEmpty();
        assertThat(ledger.rows.get(0).attempts.get(0).error()).contains("refused").contains("public address");
    }

    @Test
    void anAttemptWhoseLeaseRanOutLeavesTheDeliveryToTheCallerThatTookItSince() {
        ledger.add(44, url());
        Instant[] secondLease = new Instant[1];
        WebhookDispatch.Transport stalling = (uri, headers, body) -> {
            clock.advance(Duration.ofMinutes(3));
            secondLease[0] = clock.instant().plus(Duration.ofMinutes(2));
            assertThat(ledger.take(44, clock.instant(), secondLease[0])).as("another instance takes it").isTrue();
            return 204;
        };
        WebhookDispatch dispatch = new WebhookDispatch(ledger, stalling,
                new TargetRules(true, TargetRules.DEFAULT_PORTS, TargetRules.DNS), RetryDelays.parse(""), Duration.ofMinutes(2), clock);
        assertThat(dispatch.send(44)).isEqualTo(WebhookDispatch.Outcome.LEASE_LOST);
        MemoryLedger.Row row = ledger.rows.get(0);
        assertThat(row.attempts).singleElement().satisfies(a -> assertThat(a.httpStatus()).isEqualTo(204));
        assertThat(row.delivered).isFalse();
        assertThat(row.leaseUntil).isEqualTo(secondLease[0]);
    }

    @Test
    void anAttemptWhoseRecordingConflictsOnceIsRecordedOnTheSecondTry() {
        ledger.add(45, url());
        ledger.conflictsLeft = 1;
        assertThat(dispatch(true, "").send(45)).isEqualTo(WebhookDispatch.Outcome.DELIVERED);
        assertThat(ledger.rows.get(0).delivered).isTrue();
        assertThat(ledger.rows.get(0).attempts).hasSize(1);
    }

    /** Deliveries in memory with the same due, lease and retry rules as the table. */
    private final class MemoryLedger implements WebhookDispatch.Ledger {

        final class Row {
            final long id;
            final String url;
            Instant due;
            Instant leaseUntil;
            boolean delivered;
            boolean failed;
            final List<WebhookAttempt> attempts = new ArrayList<>();

            Row(long id, String url) {
                this.id = id;
                this.url = url;
                this.due = clock.instant();
            }
        }

        final List<Row> rows = new ArrayList<>();
        /** Recordings still to fail as an optimistic-lock conflict would, before changing anything. */
        int conflictsLeft;

        void add(long id, String url) {
            rows.add(new Row(id, url));
        }

        private Row row(long id) {
            return rows.stream().filter(r -> r.id == id).findFirst().orElseThrow();
        }

        @Override
        public synchronized boolean take(long deliveryId, Instant now, Instant leaseUntil) {
            Row row = row(deliveryId);
            boolean due = row.leaseUntil == null ? row.due != null && !row.due.isAfter(now) : row.leaseUntil.isBefore(now);
            if (!due) {
                return false;
            }
            row.leaseUntil = leaseUntil;
            return true;
        }

        @Override
        public WebhookDispatch.Outgoing outgoing(long deliveryId) {
            Row row = row(deliveryId);
            return new WebhookDispatch.Outgoing(deliveryId, row.url, SECRET, "finding.red", BODY, row.attempts.size());
        }

        @Override
        public boolean attempted(long deliveryId, WebhookAttempt attempt, Instant retryAt, Instant lease) {
            if (conflictsLeft > 0) {
                conflictsLeft--;
                throw new IllegalStateException("the delivery was changed meanwhile");
            }
            Row row = row(deliveryId);
            row.attempts.add(attempt);
            if (!lease.equals(row.leaseUntil)) {
                return false;
            }
            row.leaseUntil = null;
            row.delivered = attempt.succeeded();
            row.failed = !attempt.succeeded() && retryAt == null;
            row.due = attempt.succeeded() ? null : retryAt;
            return true;
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
