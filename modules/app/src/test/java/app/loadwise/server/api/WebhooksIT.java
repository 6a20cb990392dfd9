package app.loadwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.loadwise.server.testing.Api;
import app.loadwise.webhooks.internal.WebhookSignature;
import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks end to end on Payara Micro and PostgreSQL, with a receiver on this machine (local targets are allowed in
 * arquillian.xml): registration, a signed test ping, the delivery log, a retry, and the red findings of a scoring run
 * on the demo club, announced once.
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksIT {

    /** One request the receiver got. */
    record Received(Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name);
        }

        JsonPath json() {
            return JsonPath.from(body);
        }
    }

    @ArquillianResource
    URL deployment;

    Api api;
    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final Queue<Integer> answers = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void start() throws IOException {
        api = new Api(deployment);
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new java.util.HashMap<>();
            for (String name : List.of("Loadwise-Event", "Loadwise-Delivery", "Loadwise-Timestamp", "Loadwise-Signature",
                    "Content-Type")) {
                headers.put(name, exchange.getRequestHeaders().getFirst(name));
            }
            received.add(new Received(headers, body));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 204 : status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private JsonPath register(long club, Map<String, Object> request) {
        return api.json().body(request).post("/clubs/" + club + "/webhooks").then().statusCode(201)
                .header("Location", containsString("/clubs/" + club + "/webhooks/")).header("Cache-Control", "no-store")
                .extract().jsonPath();
    }

    private List<Received> awaitReceived(Predicate<Received> which, int atLeast, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            List<Received> matching = received.stream().filter(which).toList();
            if (matching.size() >= atLeast) {
                return matching;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the receiver got " + received.stream().filter(which).count() + " matching requests, wanted "
                + atLeast + ": " + received);
    }

    private static void assertSigned(Received request, String secret) {
        assertThat(request.header("Loadwise-Signature")).startsWith("t=" + request.header("Loadwise-Timestamp") + ",v1=");
        assertThat(WebhookSignature.verify(secret, request.header("Loadwise-Signature"), request.body(), Instant.now(),
                Duration.ofMinutes(5))).as("signature of " + request.body()).isTrue();
    }

    @Test
    void aClubRegistersAWebhookAndReceivesASignedPingWithEveryAttemptLogged() {
        long club = api.newClub();
        JsonPath created = register(club, Map.of("url", hookUrl(), "description", "coach dashboard"));
        long webhook = created.getLong("id");
        String secret = created.getString("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(created.getList("events", String.class)).containsExactly("finding.red", "report.sent");
        assertThat(created.getBoolean("active")).isTrue();

        String path = "/clubs/" + club + "/webhooks/" + webhook;
        api.json().get(path).then().statusCode(200).body("url", equalTo(hookUrl())).body("secret", nullValue())
                .body("description", equalTo("coach dashboard"));
        api.json().get("/clubs/" + club + "/webhooks").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo((int) webhook)).body("items[0].secret", nullValue());

        JsonPath ping = api.json().post(path + "/test").then().statusCode(200).extract().jsonPath();
        assertThat(ping.getString("status")).isEqualTo("delivered");
        assertThat(ping.getString("event")).isEqualTo("ping");
        Received arrived = awaitReceived(r -> "ping".equals(r.header("Loadwise-Event")), 1, Duration.ofSeconds(5)).get(0);
        assertSigned(arrived, secret);
        assertThat(arrived.header("Loadwise-Delivery")).isEqualTo(ping.getString("id"));
        assertThat(arrived.header("Content-Type")).startsWith("application/json");
        assertThat(arrived.json().getString("type")).isEqualTo("ping");
        assertThat(arrived.json().getLong("clubId")).isEqualTo(club);
        assertThat(arrived.json().getLong("id")).isEqualTo(ping.getLong("eventId"));

        // the receiver fails once: the delivery waits for its retry, and a retry by hand delivers it
        answers.add(500);
        JsonPath failing = api.json().post(path + "/test").then().statusCode(200).extract().jsonPath();
        assertThat(failing.getString("status")).isEqualTo("pending");
        assertThat(failing.getInt("lastHttpStatus")).isEqualTo(500);
        assertThat(failing.getString("nextAttemptAt")).isNotNull();
        JsonPath retried = api.json().post(path + "/deliveries/" + failing.getLong("id") + "/retry").then().statusCode(200)
                .extract().jsonPath();
        assertThat(retried.getString("status")).isEqualTo("delivered");
        assertThat(retried.getList("attemptLog.httpStatus", Integer.class)).containsExactly(500, 204);

        JsonPath log = api.json().get(path + "/deliveries").then().statusCode(200).extract().jsonPath();
        assertThat(log.getInt("total")).isEqualTo(2);
        assertThat(log.getLong("items[0].id")).as("newest first").isEqualTo(failing.getLong("id"));
        assertThat(log.getInt("items[0].attempts")).isEqualTo(2);
        assertThat(log.getInt("items[1].attemptLog[0].httpStatus")).isEqualTo(204);
        assertThat(log.getString("items[1].attemptLog[0].at")).isNotNull();
        assertThat(log.getLong("items[1].attemptLog[0].durationMs")).isNotNegative();
        List<Received> pings = received.stream().filter(r -> "ping".equals(r.header("Loadwise-Event"))).toList();
        assertThat(pings).hasSize(3).allSatisfy(r -> assertSigned(r, secret));

        // settings change, the secret stays; bad input names the field; another webhook id is 404
        api.json().body(Map.of("url", hookUrl(), "events", List.of("report.sent"), "active", false)).put(path)
                .then().statusCode(200).body("events", equalTo(List.of("report.sent"))).body("active", equalTo(false));
        api.json().body(Map.of("url", "ftp://hooks.example.com/x")).put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("url"));
        api.json().body(Map.of("url", hookUrl(), "events", List.of("finding.green"))).post("/clubs/" + club + "/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("events"));
        api.json().body(Map.of("url", hookUrl(), "events", List.of())).post("/clubs/" + club + "/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("events"));
        long otherClub = api.newClub();
        api.json().get("/clubs/" + otherClub + "/webhooks/" + webhook).then().statusCode(404);
        api.json().post(path + "/deliveries/999999/retry").then().statusCode(404);

        api.json().delete(path).then().statusCode(204);
        api.json().get(path).then().statusCode(404);
        api.json().get(path + "/deliveries").then().statusCode(404);
    }

    @Test
    void aTestPingAnswersWithinTwoSecondsWhileASlowReceiverIsStillAnswering() {
        receiver.createContext("/slow", exchange -> {
            exchange.getRequestBody().readAllBytes();
            sleep(Duration.ofSeconds(4));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        long club = api.newClub();
        long webhook = register(club, Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/slow")).getLong("id");
        String path = "/clubs/" + club + "/webhooks/" + webhook;

        long started = System.nanoTime();
        JsonPath ping = api.json().post(path + "/test").then().statusCode(200).extract().jsonPath();
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertThat(millis).as("answered while the receiver still works on it").isLessThan(2_000);
        assertThat(ping.getString("status")).as("what is known so far").isEqualTo("sending");

        Instant deadline = Instant.now().plusSeconds(15);
        String status = "sending";
        while (!status.equals("delivered") && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(250));
            status = api.json().get(path + "/deliveries").then().statusCode(200).extract().jsonPath().getString("items[0].status");
        }
        assertThat(status).as("the attempt went on after the answer and was logged").isEqualTo("delivered");
    }

    @Test
    void aScoringRunAnnouncesEachRedFindingOnceSigned() {
        long demo = api.json().queryParam("size", 500).get("/clubs").jsonPath()
                .getLong("items.find { it.name == 'Riverside Harriers (demo)' }.id");
        JsonPath created = register(demo, Map.of("url", hookUrl(), "events", List.of("finding.red")));
        String path = "/clubs/" + demo + "/webhooks/" + created.getLong("id");
        try {
            long run = api.json().body(Map.of("club", demo)).post("/scoring/runs").then().statusCode(202)
                    .extract().jsonPath().getLong("executionId");
            api.awaitRun("/scoring/runs/" + run, "COMPLETED");

            List<Received> findings = awaitReceived(r -> "finding.red".equals(r.header("Loadwise-Event")), 1, Duration.ofSeconds(40));
            long total = awaitDeliveriesSettled(path);
            awaitReceived(r -> "finding.red".equals(r.header("Loadwise-Event")), (int) total, Duration.ofSeconds(40));
            findings = received.stream().filter(r -> "finding.red".equals(r.header("Loadwise-Event"))).toList();
            assertThat(findings).hasSize((int) total).allSatisfy(r -> {
                assertSigned(r, created.getString("secret"));
                JsonPath event = r.json();
                assertThat(event.getString("type")).isEqualTo("finding.red");
                assertThat(event.getLong("clubId")).isEqualTo(demo);
                assertThat(event.getLong("data.athleteId")).isPositive();
                assertThat(event.getString("data.athleteName")).isNotBlank();
                assertThat(event.getString("data.week")).matches("\\d{4}-W\\d{2}");
                assertThat(event.getString("data.ruleId")).isNotBlank();
                assertThat(event.getString("data.severity")).isEqualTo("red");
                assertThat(event.getString("data.message")).isNotBlank();
            });
            assertThat(findings.stream().map(r -> r.json().getString("data.athleteId") + "/" + r.json().getString("data.week")
                    + "/" + r.json().getString("data.ruleId")).distinct().count()).as("one event per athlete, week and rule")
                    .isEqualTo(total);

            // the same findings written again the next run are not announced again
            long again = api.json().body(Map.of("club", demo)).post("/scoring/runs").then().statusCode(202)
                    .extract().jsonPath().getLong("executionId");
            api.awaitRun("/scoring/runs/" + again, "COMPLETED");
            sleep(Duration.ofSeconds(12));
            api.json().get(path + "/deliveries").then().statusCode(200).body("total", equalTo((int) total));
            assertThat(received.stream().filter(r -> "finding.red".equals(r.header("Loadwise-Event")))).hasSize((int) total);
        } finally {
            api.json().delete(path).then().statusCode(204);
        }
    }

    /** Waits until the webhook's deliveries are all delivered; answers how many there are. */
    private long awaitDeliveriesSettled(String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonPath log = api.json().queryParam("size", 500).get(path + "/deliveries").then().statusCode(200).extract().jsonPath();
            List<String> statuses = log.getList("items.status", String.class);
            if (!statuses.isEmpty() && statuses.stream().allMatch("delivered"::equals)) {
                return log.getLong("total");
            }
            sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("deliveries did not settle");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
