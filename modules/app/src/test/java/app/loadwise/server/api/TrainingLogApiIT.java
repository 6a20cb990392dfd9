package app.loadwise.server.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.loadwise.server.testing.Api;
import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(ArquillianExtension.class)
class TrainingLogApiIT {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @ArquillianResource
    URL deployment;

    Api api;
    long athlete;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
        athlete = api.newAthlete(api.newClub());
    }

    private static Map<String, Object> session(LocalDate date, String type, double minutes, int rpe) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date.toString());
        body.put("type", type);
        body.put("movingMinutes", minutes);
        body.put("rpe", rpe);
        return body;
    }

    @Test
    void recordsCorrectsExcludesAndDeletesASession() {
        Map<String, Object> body = session(MONDAY, "intervals", 50, 8);
        body.put("startTime", "18:30");
        body.put("elapsedMinutes", 58);
        body.put("warmUpMinutes", 15);
        body.put("pain", true);
        body.put("painLocation", "left Achilles");
        long id = api.json().body(body).post("/athletes/" + athlete + "/sessions")
                .then().statusCode(201)
                .body("type", equalTo("intervals")).body("startTime", equalTo("18:30:00"))
                .body("source", equalTo("api")).body("pain", equalTo(true))
                .extract().jsonPath().getLong("id");
        int version = api.json().get("/sessions/" + id).then().statusCode(200).extract().jsonPath().getInt("version");
        body.put("rpe", 7);
        api.json().body(body).put("/sessions/" + id).then().statusCode(200).body("version", equalTo(version + 1));
        api.json().get("/sessions/" + id).then().body("version", equalTo(version + 1)).body("rpe", equalTo(7));

        body.put("type", "race pace");
        body.put("excluded", true);
        body.put("excludedReason", "GPS glitch");
        api.json().body(body).put("/sessions/" + id).then().statusCode(200)
                .body("type", equalTo("race_pace")).body("excluded", equalTo(true)).body("excludedReason", equalTo("GPS glitch"));

        body.put("excluded", false);
        api.json().body(body).put("/sessions/" + id).then().statusCode(200).body("excludedReason", nullValue());
        api.json().delete("/sessions/" + id).then().statusCode(204);
        api.json().get("/sessions/" + id).then().statusCode(404);
    }

    @Test
    void listsSessionsNewestFirstWithinADateRangeAndPages() {
        for (int day = 0; day < 10; day++) {
            api.json().body(session(MONDAY.plusDays(day), "easy", 30 + day, 3)).post("/athletes/" + athlete + "/sessions")
                    .then().statusCode(201);
        }
        api.json().queryParam("from", MONDAY.plusDays(2).toString()).queryParam("to", MONDAY.plusDays(6).toString())
                .queryParam("size", 2).queryParam("page", 1)
                .get("/athletes/" + athlete + "/sessions")
                .then().statusCode(200)
                .body("total", equalTo(5)).body("page", equalTo(1))
                .body("items.date", contains(MONDAY.plusDays(4).toString(), MONDAY.plusDays(3).toString()));
    }

    @ParameterizedTest(name = "{0}={1} is rejected")
    @CsvSource({
            "rpe, 11, rpe",
            "movingMinutes, -5, movingMinutes",
            "avgHr, 300, avgHr",
            "type, zumba, type",
            "elapsedMinutes, 10, elapsedMinutes",
            "date, 2026-02-30, date",
            "movingMinutes, lots, movingMinutes"})
    void rejectsAnInvalidSessionNamingTheField(String field, String value, String expectedField) {
        Map<String, Object> body = session(MONDAY, "easy", 30, 3);
        body.put(field, value);
        api.json().body(body).post("/athletes/" + athlete + "/sessions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(expectedField));
        api.json().get("/athletes/" + athlete + "/sessions").then().body("total", equalTo(0));
    }

    @Test
    void rejectsBadQueryParametersAsBadRequests() {
        api.json().queryParam("from", "last week").get("/athletes/" + athlete + "/sessions")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Invalid input"))
                .body("detail", equalTo("from must be a date like 2026-03-02, got 'last week'"))
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", equalTo("from must be a date like 2026-03-02, got 'last week'"));
        api.json().queryParam("size", "ten").get("/athletes/" + athlete + "/wellness")
                .then().statusCode(400).body("detail", equalTo("size must be a whole number, got 'ten'"));
        api.json().queryParam("page", "").queryParam("size", "").queryParam("from", " ").get("/athletes/" + athlete + "/sessions")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(50));
        api.json().queryParam("from", "2026-03-10").queryParam("to", "2026-03-01").get("/athletes/" + athlete + "/sessions")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        api.json().queryParam("size", 10_000).get("/athletes/" + athlete + "/sessions")
                .then().statusCode(400).body("errors[0].field", equalTo("size"))
                .body("detail", equalTo("size must be between 1 and 500, got '10000'"));
    }

    @Test
    void keepsOneWellnessEntryPerDay() {
        Map<String, Object> day = new HashMap<>(Map.of("date", MONDAY.toString(), "sleepHours", 7.5, "fatigue", 3,
                "restingHr", 48, "hrvMs", 72.5));
        long id = api.json().body(day).post("/athletes/" + athlete + "/wellness")
                .then().statusCode(201).body("sleepHours", equalTo(7.5f)).extract().jsonPath().getLong("id");
        api.json().body(day).post("/athletes/" + athlete + "/wellness")
                .then().statusCode(409).body("errors[0].field", equalTo("date")).body("detail", containsString(String.valueOf(id)));

        day.put("sleepHours", 6.0);
        day.put("mood", 5);
        api.json().body(day).put("/wellness/" + id).then().statusCode(200).body("mood", equalTo(5));
        api.json().queryParam("from", MONDAY.toString()).get("/athletes/" + athlete + "/wellness")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].sleepHours", equalTo(6.0f));

        day.put("fatigue", 9);
        api.json().body(day).put("/wellness/" + id).then().statusCode(400).body("errors[0].field", equalTo("fatigue"));
        api.json().delete("/wellness/" + id).then().statusCode(204);
        api.json().get("/wellness/" + id).then().statusCode(404);
    }

    @Test
    void deletingAnAthleteDeletesTheirLog() {
        long session = api.json().body(session(MONDAY, "easy", 30, 3)).post("/athletes/" + athlete + "/sessions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        api.json().delete("/athletes/" + athlete).then().statusCode(204);
        api.json().get("/athletes/" + athlete).then().statusCode(404);
        api.json().get("/sessions/" + session).then().statusCode(404);
        api.json().get("/athletes/" + athlete + "/sessions").then().statusCode(404);
    }
}
