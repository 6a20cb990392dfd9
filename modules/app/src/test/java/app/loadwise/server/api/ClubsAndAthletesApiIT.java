package app.loadwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import app.loadwise.server.testing.Api;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class ClubsAndAthletesApiIT {

    @ArquillianResource
    URL deployment;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }

    @Test
    void createsReadsUpdatesAndDeletesAClub() {
        String location = api.json()
                .body(Map.of("name", "Lakeside Striders", "timeZone", "America/Chicago", "firstDayOfWeek", "sunday", "locale", "en-US"))
                .post("/clubs")
                .then().statusCode(201)
                .body("name", equalTo("Lakeside Striders"))
                .body("timeZone", equalTo("America/Chicago"))
                .body("firstDayOfWeek", equalTo("SUNDAY"))
                .header("Location", startsWith("http"))
                .extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        api.json().get("/clubs/" + id).then().statusCode(200).body("locale", equalTo("en-US"));
        api.json().body(Map.of("name", "Lakeside Striders RC", "timeZone", "America/New_York", "locale", "en-US"))
                .put("/clubs/" + id)
                .then().statusCode(200).body("name", equalTo("Lakeside Striders RC")).body("firstDayOfWeek", equalTo("MONDAY"));
        api.json().delete("/clubs/" + id).then().statusCode(204);
        api.json().get("/clubs/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("does not exist"));
    }

    @Test
    void namesEveryInvalidFieldOfAClub() {
        api.json().body(Map.of("name", " ", "timeZone", "", "locale", "en-GB"))
                .post("/clubs")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItems("name", "timeZone"));
        api.json().body(Map.of("name", "X", "timeZone", "Mars/Olympus", "locale", "en-GB"))
                .post("/clubs")
                .then().statusCode(400).body("errors[0].field", equalTo("timeZone"))
                .body("detail", containsString("Mars/Olympus"));
    }

    @Test
    void refusesToDeleteAClubThatStillHasAthletes() {
        long club = api.newClub();
        api.newAthlete(club);
        api.json().delete("/clubs/" + club).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("1 athlete"));
    }

    @Test
    void enrolsListsAndUpdatesAthletes() {
        long club = api.newClub();
        Map<String, Object> body = new HashMap<>(Map.of("memberId", "A-7", "name", "Mo Farah", "sex", "m", "level", "advanced",
                "birthYear", 1983, "maxHr", 192, "restingHr", 38));
        var created = api.json().body(body).post("/clubs/" + club + "/athletes")
                .then().statusCode(201)
                .body("sex", equalTo("male")).body("level", equalTo("advanced")).body("active", equalTo(true))
                .extract();
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/v1/athletes/" + id);
        api.newAthlete(club);

        api.json().queryParam("size", 1).get("/clubs/" + club + "/athletes")
                .then().statusCode(200).body("total", equalTo(2)).body("items.size()", equalTo(1)).body("size", equalTo(1));

        body.put("active", false);
        body.put("timeZone", "Europe/London");
        api.json().body(body).put("/athletes/" + id).then().statusCode(200)
                .body("active", equalTo(false)).body("timeZone", equalTo("Europe/London"));
        api.json().queryParam("active", "true").get("/clubs/" + club + "/athletes").then().body("total", equalTo(1));
    }

    @Test
    void rejectsADuplicateMemberIdInTheSameClub() {
        long club = api.newClub();
        Map<String, Object> body = Map.of("memberId", "DUP-1", "name", "First", "level", "beginner");
        api.json().body(body).post("/clubs/" + club + "/athletes").then().statusCode(201);
        api.json().body(body).post("/clubs/" + club + "/athletes").then().statusCode(409)
                .body("errors[0].field", equalTo("memberId"));
    }

    @Test
    void rejectsImplausibleAthleteProfiles() {
        long club = api.newClub();
        api.json().body(Map.of("memberId", "X1", "name", "Y", "level", "elite"))
                .post("/clubs/" + club + "/athletes").then().statusCode(400).body("errors[0].field", equalTo("level"));
        api.json().body(Map.of("memberId", "X1", "name", "Y", "level", "beginner", "maxHr", 260))
                .post("/clubs/" + club + "/athletes").then().statusCode(400).body("errors[0].field", equalTo("maxHr"));
        api.json().body(Map.of("memberId", "X1", "name", "Y", "level", "beginner"))
                .post("/clubs/987654321/athletes").then().statusCode(404);
    }
}
