package app.loadwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.loadwise.server.testing.Api;
import io.restassured.response.Response;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class HttpConventionsIT {

    @ArquillianResource
    URL deployment;

    Api api;
    long club;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
        club = api.newClub();
    }

    private static Map<String, Object> athlete(String member) {
        return Map.of("memberId", member, "name", "Idem Potent", "sex", "female", "level", "beginner");
    }

    @Test
    void readsCarryAnETagAndAnswer304WhileUnchanged() {
        Response first = api.json().get("/clubs/" + club);
        first.then().statusCode(200).header("ETag", notNullValue()).header("Cache-Control", containsString("no-cache"));
        String tag = first.header("ETag");

        Response unchanged = api.json().header("If-None-Match", tag).get("/clubs/" + club);
        unchanged.then().statusCode(304);
        assertThat(unchanged.asByteArray()).isEmpty();
        api.json().header("If-None-Match", "W/" + tag).get("/clubs/" + club).then().statusCode(304);

        api.json().body(Map.of("name", "Renamed " + UUID.randomUUID(), "timeZone", "Europe/Berlin", "locale", "de-DE"))
                .put("/clubs/" + club).then().statusCode(200);
        Response changed = api.json().header("If-None-Match", tag).get("/clubs/" + club);
        changed.then().statusCode(200).body("name", containsString("Renamed"));
        assertThat(changed.header("ETag")).isNotEqualTo(tag);

        String listTag = api.json().get("/clubs/" + club + "/athletes").header("ETag");
        api.json().header("If-None-Match", listTag).get("/clubs/" + club + "/athletes").then().statusCode(304);
        api.newAthlete(club);
        api.json().header("If-None-Match", listTag).get("/clubs/" + club + "/athletes").then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyCreatesOnce() {
        String key = UUID.randomUUID().toString();
        Response first = api.json().header("Idempotency-Key", key).body(athlete("IDEM-1")).post("/clubs/" + club + "/athletes");
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        Response again = api.json().header("Idempotency-Key", key).body(athlete("IDEM-1")).post("/clubs/" + club + "/athletes");
        again.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .header("Location", equalTo(first.header("Location")));
        assertThat(again.jsonPath().getLong("id")).isEqualTo(first.jsonPath().getLong("id"));
        api.json().get("/clubs/" + club + "/athletes").then().body("total", equalTo(1));

        api.json().header("Idempotency-Key", key).body(athlete("IDEM-2")).post("/clubs/" + club + "/athletes")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
        api.json().header("Idempotency-Key", UUID.randomUUID().toString()).body(athlete("IDEM-1"))
                .post("/clubs/" + club + "/athletes").then().statusCode(409);
        api.json().header("Idempotency-Key", "").body(athlete("IDEM-3")).post("/clubs/" + club + "/athletes")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        api.json().get("/clubs/" + club + "/athletes").then().body("total", equalTo(1));
    }

    @Test
    void anIdempotentPostToAPathOutsideAsciiIsAnsweredNotBroken() {
        api.json().header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of())
                .post("/clubs/" + club + "/report-deliveries/2026-W48\uD83D\uDE00/retry")
                .then().statusCode(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.greaterThanOrEqualTo(400),
                        org.hamcrest.Matchers.lessThan(500))).contentType("application/problem+json");
    }

    @Test
    void aRefusedCreateIsReplayedAsRefusedToo() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> invalid = Map.of("memberId", "IDEM-X", "name", "No Sex", "sex", "unknown", "level", "beginner");
        api.json().header("Idempotency-Key", key).body(invalid).post("/clubs/" + club + "/athletes").then().statusCode(400);
        api.json().header("Idempotency-Key", key).body(invalid).post("/clubs/" + club + "/athletes").then().statusCode(400)
                .header("Idempotent-Replayed", equalTo("true")).contentType("application/problem+json");
    }

    @Test
    void refusesBodiesOverTheLimitWith413() {
        String huge = "{\"name\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}";
        api.json().body(huge).post("/clubs").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("LOADWISE_API_MAX_BODY_BYTES"));
    }

    @Test
    void neverKeepsANewApiKeysSecretForReplay() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "sync", "scope", "read");
        Response first = api.json().header("Idempotency-Key", key).body(body).post("/clubs/" + club + "/api-keys");
        first.then().statusCode(201).header("Cache-Control", equalTo("no-store"));
        Response again = api.json().header("Idempotency-Key", key).body(body).post("/clubs/" + club + "/api-keys");
        again.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        assertThat(again.jsonPath().getString("token")).isNotEqualTo(first.jsonPath().getString("token"));
    }
}
