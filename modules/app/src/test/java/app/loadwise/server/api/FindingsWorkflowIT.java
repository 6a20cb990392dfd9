package app.loadwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import app.loadwise.server.testing.Api;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The findings workflow end to end on Payara Micro and PostgreSQL: a week scored red for pain, the coach acknowledges
 * the finding, records the injury that followed, reads the rule precision; the acknowledgment outlives a re-score in
 * which the finding disappears.
 */
@ExtendWith(ArquillianExtension.class)
class FindingsWorkflowIT {

    private static final String WEEK = "2026-W40";

    @ArquillianResource
    URL deployment;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }

    private long session(long athlete, Map<String, Object> body) {
        return api.json().body(body).post("/athletes/" + athlete + "/sessions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> intervals(boolean pain) {
        Map<String, Object> body = new HashMap<>(Map.of("date", "2026-09-29", "type", "intervals", "movingMinutes", 45, "rpe", 8));
        if (pain) {
            body.put("pain", true);
            body.put("painLocation", "left Achilles");
            body.put("painScore", 6);
        }
        return body;
    }

    private void score(long club) {
        long run = api.json().body(Map.of("club", club, "week", WEEK, "today", "2026-10-07")).post("/scoring/runs")
                .then().statusCode(202).extract().jsonPath().getLong("executionId");
        api.awaitRun("/scoring/runs/" + run, "COMPLETED");
    }

    private String ack(long athlete, String week, String rule) {
        return "/athletes/" + athlete + "/scores/" + week + "/findings/" + rule + "/acknowledgment";
    }

    @Test
    void aCoachAcknowledgesARedFindingRecordsTheInjuryThatFollowedAndReadsTheRulesPrecision() {
        long club = api.newClub();
        long athlete = api.newAthlete(club);
        long teammate = api.newAthlete(club);
        long painful = session(athlete, intervals(true));
        session(athlete, Map.of("date", "2026-09-30", "type", "easy", "movingMinutes", 40, "rpe", 3));
        session(teammate, intervals(false));
        session(teammate, Map.of("date", "2026-10-01", "type", "easy", "movingMinutes", 40, "rpe", 3));
        score(club);

        JsonPath history = api.json().queryParam("weeks", 104).get("/athletes/" + athlete + "/scores").then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getString("[0].week")).isEqualTo(WEEK);
        assertThat(history.getString("[0].status")).isEqualTo("red");
        assertThat(history.getString("[0].findings.find { it.ruleId == 'pain' }.severity")).isEqualTo("red");
        assertThat(history.getMap("[0].findings.find { it.ruleId == 'pain' }")).doesNotContainKey("acknowledgment");

        // acknowledge, then acknowledge again with a better note
        api.json().body(Map.of("note", "Told her to rest two days")).put(ack(athlete, WEEK, "pain")).then().statusCode(201)
                .body("ruleId", equalTo("pain")).body("week", equalTo(WEEK)).body("findingPresent", equalTo(true))
                .body("findingSeverity", equalTo("red")).body("acknowledgedBy", equalTo(Api.ADMIN_USERNAME));
        api.json().body(Map.of("note", "Rest two days, physio on Friday")).put(ack(athlete, WEEK, "pain")).then().statusCode(200)
                .body("note", equalTo("Rest two days, physio on Friday"));
        api.json().get(ack(athlete, WEEK, "pain")).then().statusCode(200)
                .body("note", equalTo("Rest two days, physio on Friday")).body("acknowledgedAt", not(emptyOrNullString()));
        api.json().get("/athletes/" + athlete + "/scores").then().statusCode(200)
                .body("[0].findings.find { it.ruleId == 'pain' }.acknowledgment.note", equalTo("Rest two days, physio on Friday"))
                .body("[0].findings.find { it.ruleId == 'pain' }.acknowledgment.findingPresent", equalTo(true));
        api.json().queryParam("week", WEEK).get("/clubs/" + club + "/scores").then().statusCode(200)
                .body("items.find { it.athleteId == " + athlete + " }.findings.find { it.ruleId == 'pain' }.acknowledgment.note",
                        equalTo("Rest two days, physio on Friday"));

        // what cannot be acknowledged
        api.json().body(Map.of("note", "x")).put(ack(athlete, "2026-W30", "pain")).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("2026-W30"));
        api.json().body(Map.of("note", "x")).put(ack(athlete, WEEK, "monotony")).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("monotony"));
        api.json().body(Map.of("note", "x")).put(ack(athlete, WEEK, "no-such-rule")).then().statusCode(404)
                .body("detail", containsString("no-such-rule"));
        api.json().body(Map.of("note", "x")).put(ack(athlete, "2026-W99", "pain")).then().statusCode(400)
                .body("errors[0].field", equalTo("week"));
        api.json().body(Map.of("note", "x".repeat(1001))).put(ack(athlete, WEEK, "pain")).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("note"));
        api.json().get(ack(teammate, WEEK, "pain")).then().statusCode(404);

        // the injury that followed, and an illness of the teammate
        String events = "/athletes/" + athlete + "/health-events";
        JsonPath injury = api.json().body(Map.of("kind", "injury", "startedOn", "2026-10-10", "bodyLocation", "achilles",
                        "severity", "moderate", "daysLost", 12, "note", "Achilles tendinopathy, left"))
                .post(events).then().statusCode(201).header("Location", containsString(events + "/"))
                .body("kind", equalTo("injury")).body("bodyLocation", equalTo("achilles")).body("endedOn", equalTo(null))
                .body("recordedBy", equalTo(Api.ADMIN_USERNAME)).extract().jsonPath();
        long injuryId = injury.getLong("id");
        api.json().body(Map.of("kind", "illness", "startedOn", "2026-10-02", "severity", "minor"))
                .post("/athletes/" + teammate + "/health-events").then().statusCode(201);
        api.json().body(Map.of("kind", "injury", "startedOn", "2026-08-01", "endedOn", "2026-08-20", "bodyLocation", "knee"))
                .post(events).then().statusCode(201);

        api.json().queryParam("size", 1).get(events).then().statusCode(200)
                .body("total", equalTo(2)).body("items.size()", equalTo(1)).body("items[0].id", equalTo((int) injuryId));
        api.json().queryParam("from", "2026-09-01").queryParam("to", "2026-12-31").get(events).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) injuryId));
        api.json().get(events + "/" + injuryId).then().statusCode(200).body("daysLost", equalTo(12));
        api.json().get("/athletes/" + teammate + "/health-events/" + injuryId).then().statusCode(404)
                .contentType("application/problem+json");
        api.json().body(Map.of("kind", "injury", "startedOn", "2026-10-10", "endedOn", "2026-10-24", "bodyLocation", "achilles",
                "severity", "moderate", "daysLost", 12)).put(events + "/" + injuryId).then().statusCode(200)
                .body("endedOn", equalTo("2026-10-24")).body("updatedBy", not(emptyOrNullString()));

        // bad input names the field
        api.json().body(Map.of("kind", "sprain", "startedOn", "2026-10-10")).post(events).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
        api.json().body(Map.of("kind", "injury", "startedOn", "2026-10-10")).post(events).then().statusCode(400)
                .body("errors[0].field", equalTo("bodyLocation"));
        api.json().body(Map.of("kind", "injury", "startedOn", "2026-10-10", "endedOn", "2026-10-01", "bodyLocation", "knee"))
                .post(events).then().statusCode(400).body("errors[0].field", equalTo("endedOn"));
        api.json().body(Map.of("kind", "illness", "startedOn", "2999-01-01")).post(events).then().statusCode(400)
                .body("errors[0].field", equalTo("startedOn"));
        api.json().body(Map.of("kind", "illness")).post(events).then().statusCode(400)
                .body("errors[0].field", equalTo("startedOn"));
        api.json().body(Map.of("kind", "illness", "startedOn", "2026-10-02", "daysLost", -1)).post(events).then().statusCode(400)
                .body("errors[0].field", equalTo("daysLost"));
        api.json().queryParam("from", "yesterday").get(events).then().statusCode(400).body("errors[0].field", equalTo("from"));

        // precision: the pain finding was followed by the injury; the teammate's week without a red finding by an illness
        JsonPath precision = api.json().queryParam("from", "2026-09-28").queryParam("to", "2026-10-31")
                .get("/clubs/" + club + "/rule-precision").then().statusCode(200).extract().jsonPath();
        assertThat(precision.getInt("windowDays")).isEqualTo(21);
        assertThat(precision.getString("firstWeek")).isEqualTo(WEEK);
        Map<String, Object> pain = precision.getMap("rules.find { it.ruleId == 'pain' }.red");
        assertThat(pain).containsEntry("evaluated", 1).containsEntry("followedByInjury", 1).containsEntry("injuryShare", 1.0f)
                .containsEntry("followedByIllness", 0).containsEntry("pending", 0);
        assertThat(precision.getInt("anyRedFinding.followedByInjury")).isEqualTo(1);
        assertThat(precision.getInt("noRedFinding.evaluated")).isEqualTo(1);
        assertThat(precision.getInt("noRedFinding.followedByIllness")).isEqualTo(1);
        assertThat(precision.getInt("injuries.recorded")).isEqualTo(1);
        assertThat(precision.getInt("injuries.precededByRedFinding")).isEqualTo(1);
        assertThat(precision.getInt("illnesses.recorded")).isEqualTo(1);
        assertThat(precision.getInt("illnesses.notPrecededByRedFinding")).isEqualTo(1);
        api.json().queryParam("from", "2026-10-31").queryParam("to", "2026-09-28").get("/clubs/" + club + "/rule-precision")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        api.json().get("/clubs/987654321/rule-precision").then().statusCode(404).contentType("application/problem+json");

        // the week scored again without the pain: the acknowledgment stays, shown as "finding no longer present"
        api.json().body(intervals(false)).put("/sessions/" + painful).then().statusCode(200);
        score(club);
        api.json().get(ack(athlete, WEEK, "pain")).then().statusCode(200)
                .body("findingPresent", equalTo(false)).body("findingSeverity", equalTo(null))
                .body("note", equalTo("Rest two days, physio on Friday"));
        JsonPath rescored = api.json().get("/athletes/" + athlete + "/scores").then().statusCode(200).extract().jsonPath();
        assertThat(rescored.getList("[0].findings.ruleId", String.class)).doesNotContain("pain");
        assertThat(rescored.getList("[0].acknowledgmentsWithoutFinding.ruleId", String.class)).containsExactly("pain");
        assertThat(rescored.getBoolean("[0].acknowledgmentsWithoutFinding[0].findingPresent")).isFalse();

        api.json().delete(ack(athlete, WEEK, "pain")).then().statusCode(204);
        api.json().get(ack(athlete, WEEK, "pain")).then().statusCode(404);
        api.json().delete(ack(athlete, WEEK, "pain")).then().statusCode(404);
        assertThat(api.json().get("/athletes/" + athlete + "/scores").jsonPath().getList("[0].acknowledgmentsWithoutFinding"))
                .isEqualTo(List.of());

        api.json().delete(events + "/" + injuryId).then().statusCode(204);
        api.json().get(events + "/" + injuryId).then().statusCode(404);
    }
}
