package app.loadwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.loadwise.server.testing.Api;
import app.loadwise.server.testing.EmbeddedPostgresSession;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The nightly scoring job run by hand over REST, end to end on Payara Micro and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class ScoringApiIT {

    private static final String WEEK = "2026-W47";

    @ArquillianResource
    URL deployment;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }

    /** Athletes with one hard and one easy session in the week. */
    private List<Long> athletesWithTraining(long club, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long athlete = api.newAthlete(club);
            api.json().body(Map.of("date", "2026-11-17", "type", "intervals", "movingMinutes", 45 + i % 10, "rpe", 8))
                    .post("/athletes/" + athlete + "/sessions").then().statusCode(201);
            api.json().body(Map.of("date", "2026-11-18", "type", "easy", "movingMinutes", 40, "rpe", 3))
                    .post("/athletes/" + athlete + "/sessions").then().statusCode(201);
            ids.add(athlete);
        }
        return ids;
    }

    private long start(Map<String, Object> request) {
        return api.json().body(request).post("/scoring/runs")
                .then().statusCode(202).header("Location", containsString("/scoring/runs/"))
                .extract().jsonPath().getLong("executionId");
    }

    private JsonPath awaitStatus(long executionId, String... wanted) {
        return api.awaitRun("/scoring/runs/" + executionId, wanted);
    }

    /** Waits until the run has committed its first chunk, so a stop lands mid-run. */
    private void awaitProgress(long executionId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (api.json().get("/scoring/runs/" + executionId).jsonPath().getInt("read") > 0) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("run " + executionId + " made no progress");
    }

    @Test
    void scoresAClubsWeekInPartitionsAndSkipsAthletesWithNothingRecorded() {
        long club = api.newClub();
        List<Long> trained = athletesWithTraining(club, 5);
        long idle = api.newAthlete(club);

        long run = start(Map.of("club", club, "week", WEEK, "partitions", 2, "chunkSize", 2, "today", "2026-11-25"));
        JsonPath done = awaitStatus(run, "COMPLETED");
        assertThat(done.getLong("read")).isEqualTo(6);
        assertThat(done.getLong("written")).isEqualTo(5);
        assertThat(done.getLong("skipped")).isEqualTo(1);
        assertThat(done.getInt("athletesTotal")).isEqualTo(6);
        assertThat(done.getList("partitions")).hasSize(2);
        assertThat(done.getLong("issues[0].athleteId")).isEqualTo(idle);
        assertThat(done.getString("issues[0].reason")).contains("nothing recorded");

        JsonPath scores = api.json().queryParam("week", WEEK).get("/clubs/" + club + "/scores").then().statusCode(200).extract().jsonPath();
        assertThat(scores.getInt("scored")).isEqualTo(5);
        assertThat(scores.getList("items.athleteId", Long.class)).containsExactlyInAnyOrderElementsOf(trained);
        List<Integer> values = scores.getList("items.score", Integer.class);
        assertThat(values).isSortedAccordingTo(Integer::compare);
        assertThat(scores.getString("items[0].week")).isEqualTo(WEEK);
        assertThat(scores.getString("items[0].status")).isIn("green", "amber", "red");
        assertThat(scores.getDouble("items[0].figures.weeklyLoad")).isPositive();

        awaitStatus(start(Map.of("club", club, "week", WEEK, "today", "2026-11-25")), "COMPLETED");
        api.json().queryParam("week", WEEK).get("/clubs/" + club + "/scores").then().body("scored", equalTo(5));
        api.json().get("/athletes/" + trained.get(0) + "/scores").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].week", equalTo(WEEK)).body("[0].provisional", equalTo(false));
        api.json().queryParam("status", "purple").get("/clubs/" + club + "/scores").then().statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("detail", equalTo("status must be green, amber or red, got 'purple'"));
    }

    @Test
    void aStoppedRunRestartsWhereItStoppedAndScoresEveryAthleteOnce() {
        long club = api.newClub();
        int athletes = 120;
        athletesWithTraining(club, athletes);

        long first = start(Map.of("club", club, "week", WEEK, "partitions", 1, "chunkSize", 1, "today", "2026-11-25"));
        awaitProgress(first);
        api.json().body(Map.of("club", club)).post("/scoring/runs").then().statusCode(409)
                .body("detail", containsString("in progress"));
        api.json().post("/scoring/runs/" + first + "/stop").then().statusCode(202);
        JsonPath stopped = awaitStatus(first, "STOPPED");
        assertThat(stopped.getInt("read")).isLessThan(athletes);

        long second = api.json().post("/scoring/runs/" + first + "/restart").then().statusCode(202)
                .extract().jsonPath().getLong("executionId");
        assertThat(second).isNotEqualTo(first);
        JsonPath completed = awaitStatus(second, "COMPLETED");
        assertThat(completed.getInt("read")).isEqualTo(athletes);
        assertThat(completed.getLong("written")).isEqualTo(athletes);
        JsonPath scores = api.json().queryParam("week", WEEK).get("/clubs/" + club + "/scores").then().extract().jsonPath();
        assertThat(scores.getInt("scored")).isEqualTo(athletes);
        assertThat(scores.getList("items.athleteId", Long.class)).doesNotHaveDuplicates().hasSize(athletes);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClubsOwnRuleSettingsDecideItsFindings() {
        long club = api.newClub();
        long athlete = athletesWithTraining(club, 1).get(0);
        Map<String, Object> view = api.json().get("/clubs/" + club + "/rule-settings").then().statusCode(200)
                .body("custom", equalTo(false)).body("settings.beginner.strength.enabled", equalTo(true))
                .extract().as(Map.class);
        Map<String, Object> settings = (Map<String, Object>) view.get("settings");
        for (String level : List.of("beginner", "intermediate", "advanced")) {
            Map<String, Object> strength = (Map<String, Object>) ((Map<String, Object>) settings.get(level)).get("strength");
            strength.put("enabled", false);
        }
        api.json().body(settings).put("/clubs/" + club + "/rule-settings").then().statusCode(200)
                .body("custom", equalTo(true)).body("settings.intermediate.strength.enabled", equalTo(false));

        settings.put("maxImplicitRestDays", 9);
        api.json().body(settings).put("/clubs/" + club + "/rule-settings").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("maxImplicitRestDays"));
        api.json().get("/clubs/" + club + "/rule-settings").then().body("settings.maxImplicitRestDays", equalTo(3));

        awaitStatus(start(Map.of("club", club, "week", WEEK, "today", "2026-11-25")), "COMPLETED");
        JsonPath customScored = api.json().get("/athletes/" + athlete + "/scores").jsonPath();
        assertThat(customScored.getString("[0].week")).isEqualTo(WEEK);
        assertThat(customScored.getList("[0].findings.ruleId", String.class)).doesNotContain("strength");

        api.json().delete("/clubs/" + club + "/rule-settings").then().statusCode(200).body("custom", equalTo(false));
        awaitStatus(start(Map.of("club", club, "week", WEEK, "today", "2026-11-25")), "COMPLETED");
        assertThat(api.json().get("/athletes/" + athlete + "/scores").jsonPath().getList("[0].findings.ruleId", String.class))
                .contains("strength");
        api.json().get("/clubs/987654321/rule-settings").then().statusCode(404);
    }

    @Test
    void rejectsRequestsItCannotRun() {
        api.json().body(Map.of("week", "2026-W99")).post("/scoring/runs").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("week"));
        api.json().body(Map.of("week", "2999-W01")).post("/scoring/runs").then().statusCode(400)
                .body("errors[0].field", equalTo("week"));
        api.json().body(Map.of("partitions", 0)).post("/scoring/runs").then().statusCode(400)
                .body("errors[0].field", equalTo("partitions"));
        api.json().body(Map.of("club", 987654321)).post("/scoring/runs").then().statusCode(404);
        api.json().get("/scoring/runs/987654321").then().statusCode(404).contentType("application/problem+json");

        long club = api.newClub();
        long run = start(Map.of("club", club, "today", "2026-11-25"));
        awaitStatus(run, "COMPLETED");
        api.json().post("/scoring/runs/" + run + "/stop").then().statusCode(409);
        api.json().post("/scoring/runs/" + run + "/restart").then().statusCode(409);
        api.json().get("/scoring/runs").then().statusCode(200).body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void aRunInProgressOnAnotherInstanceRefusesANewRunUntilThatInstanceIsGone() throws SQLException {
        long club = api.newClub();
        athletesWithTraining(club, 1);
        long finished = start(Map.of("club", club, "week", WEEK, "today", "2026-11-25"));
        awaitStatus(finished, "COMPLETED");
        // the job repository is shared by the cluster: a run another instance started is a row this instance's
        // batch runtime never saw, leased by that instance
        long elsewhere = finished + 1_000_000;
        sql("CREATE TEMP TABLE run_elsewhere AS SELECT * FROM jbatchexecutioninstancedata WHERE jobexecid = ?;"
                + " UPDATE run_elsewhere SET jobexecid = ?, batchstatus = 'STARTED', exitstatus = NULL, endtime = NULL;"
                + " INSERT INTO jbatchexecutioninstancedata SELECT * FROM run_elsewhere;"
                + " INSERT INTO job_lease (execution_id, job_name, owner_host, owner_pid, owner_run, started_at, heartbeat_at)"
                + " VALUES (?, 'nightly-scoring', 'instance-b.example', 4242, 'run-of-instance-b', now(), now())",
                finished, elsewhere, elsewhere);
        try {
            api.json().body(Map.of("club", club)).post("/scoring/runs").then().statusCode(409)
                    .body("detail", containsString("scoring run " + elsewhere + " is in progress"));

            sql("UPDATE job_lease SET heartbeat_at = now() - interval '10 minutes' WHERE execution_id = ?", elsewhere);
            long mine = start(Map.of("club", club, "week", WEEK, "today", "2026-11-25"));
            awaitStatus(mine, "COMPLETED");
            assertThat(api.json().get("/scoring/runs/" + elsewhere).then().statusCode(200).extract().jsonPath().getString("status"))
                    .as("the run of the instance that stopped renewing its lease").isEqualTo("FAILED");
        } finally {
            sql("DELETE FROM job_lease WHERE execution_id = ?; DELETE FROM jbatchexecutioninstancedata WHERE jobexecid = ?",
                    elsewhere, elsewhere);
        }
    }

    private static void sql(String statements, Object... parameters) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:"
                + System.getProperty(EmbeddedPostgresSession.PORT_PROPERTY) + "/postgres", "postgres", "postgres");
             PreparedStatement p = c.prepareStatement(statements)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            p.execute();
        }
    }
}
