package app.loadwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.loadwise.server.testing.Api;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class BulkApiIT {

    @ArquillianResource
    URL deployment;

    Api api;
    long club;
    long athlete;
    String member;

    @BeforeEach
    void club() {
        api = new Api(deployment);
        club = api.newClub();
        athlete = api.newAthlete(club);
        member = api.json().get("/athletes/" + athlete).jsonPath().getString("memberId");
    }

    private Map<String, Object> session(String date, String start, String type, double minutes, Integer rpe) {
        Map<String, Object> item = new HashMap<>();
        item.put("athleteId", athlete);
        item.put("date", date);
        item.put("startTime", start);
        item.put("type", type);
        item.put("movingMinutes", minutes);
        item.put("distanceKm", 10.125);
        item.put("rpe", rpe);
        return item;
    }

    private long sessions() {
        return api.json().get("/athletes/" + athlete + "/sessions").jsonPath().getLong("total");
    }

    @Test
    void writesManySessionsOnceWithTheImportsDuplicateHandling() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int day = 2; day <= 8; day++) {
            items.add(session("2026-03-0" + day, "07:00", day % 2 == 0 ? "easy" : "track 6x800", 45, 5));
        }
        JsonPath written = api.json().body(Map.of("items", items)).post("/clubs/" + club + "/sessions/bulk").then()
                .statusCode(200).header("Location", containsString("/imports/"))
                .body("status", equalTo("committed")).body("counts.imported", equalTo(7)).extract().jsonPath();
        assertThat(sessions()).isEqualTo(7);
        assertThat(api.json().get("/athletes/" + athlete + "/sessions").jsonPath().getList("items.distanceKm", Float.class))
                .containsOnly(10.125f);
        assertThat(api.json().get("/athletes/" + athlete + "/sessions").jsonPath().getList("items.type", String.class))
                .contains("intervals", "easy");

        api.json().body(Map.of("items", items)).post("/clubs/" + club + "/sessions/bulk").then().statusCode(200)
                .body("counts.duplicates", equalTo(7)).body("counts.imported", equalTo(0));
        assertThat(sessions()).isEqualTo(7);

        List<Map<String, Object>> near = List.of(session("2026-03-02", "07:05", "easy", 46, 5));
        api.json().body(Map.of("items", near)).post("/clubs/" + club + "/sessions/bulk").then().statusCode(200)
                .body("counts.review", equalTo(1)).body("counts.imported", equalTo(0));

        api.json().post("/imports/" + written.getLong("importId") + "/undo").then().statusCode(200);
        assertThat(sessions()).isZero();
    }

    @Test
    void refusesAllItemsWhenOneIsInvalidUnlessToldToSkipIt() {
        List<Map<String, Object>> items = List.of(session("2026-03-02", "07:00", "easy", 45, 5),
                session("2026-03-03", "07:00", "easy", 45, 14), session("2026-03-04", null, "easy", 45, 5));
        api.json().body(Map.of("items", items)).post("/clubs/" + club + "/sessions/bulk").then().statusCode(422)
                .contentType("application/problem+json").body("title", equalTo("Invalid items"))
                .body("errors[0].field", equalTo("items[1].rpe")).body("errors[0].value", equalTo("14"));
        assertThat(sessions()).isZero();
        api.json().get("/clubs/" + club + "/imports").then().statusCode(200)
                .body("items[0].status", equalTo("rejected")).body("items[0].counts.invalid", equalTo(1));

        api.json().body(Map.of("items", items, "dryRun", true, "skipInvalid", true)).post("/clubs/" + club + "/sessions/bulk")
                .then().statusCode(200).body("dryRun", equalTo(true)).body("counts.valid", equalTo(2))
                .body("errors[0].item", equalTo(1));
        assertThat(sessions()).isZero();

        api.json().body(Map.of("items", items, "skipInvalid", true)).post("/clubs/" + club + "/sessions/bulk").then()
                .statusCode(200).body("counts.imported", equalTo(2)).body("errors.field", hasItem("rpe"));
        assertThat(sessions()).isEqualTo(2);
    }

    @Test
    void refusesAthletesOfOtherClubsAndEmptyCalls() {
        long other = api.newAthlete(api.newClub());
        Map<String, Object> foreign = session("2026-03-02", "07:00", "easy", 45, 5);
        foreign.put("athleteId", other);
        api.json().body(Map.of("items", List.of(session("2026-03-02", "07:00", "easy", 45, 5), foreign)))
                .post("/clubs/" + club + "/sessions/bulk").then().statusCode(422)
                .body("errors[0].field", equalTo("items[1].athleteId"));
        api.json().body(Map.of("items", List.of())).post("/clubs/" + club + "/sessions/bulk").then().statusCode(400)
                .body("errors[0].field", equalTo("items"));
        assertThat(sessions()).isZero();
    }

    @Test
    void writesWellnessByMemberId() {
        List<Map<String, Object>> items = List.of(
                Map.of("memberId", member, "date", "2026-03-02", "sleepHours", 7.5, "restingHr", 48, "fatigue", 3),
                Map.of("memberId", member, "date", "2026-03-03", "sleepHours", 5.25, "restingHr", 55, "fatigue", 6));
        api.json().body(Map.of("items", items)).post("/clubs/" + club + "/wellness/bulk").then().statusCode(200)
                .body("counts.imported", equalTo(2));
        api.json().get("/athletes/" + athlete + "/wellness").then().body("total", equalTo(2))
                .body("items.sleepHours", hasItem(5.25f));
    }
}
