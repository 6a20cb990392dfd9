package app.loadwise.server.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.loadwise.server.testing.Api;
import app.loadwise.server.testing.EmbeddedPostgresSession;
import app.loadwise.server.testing.PayaraProcess;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real Payara Micro process (kill -9) in the middle of an import commit and of a scoring run, starts the app
 * again on the same database, and the new instance takes both over by itself, without a call, and finishes them
 * from their checkpoints: every row is stored exactly once. And on the embedded H2, a write
 * answered just before the kill survives it.
 */
class CrashRecoveryIT {

    private static final int IMPORT_ROWS = 300_000;
    private static final int SCORED_ATHLETES = 2_000;
    private static final String WEEK = "2026-W40";

    @TempDir
    Path work;

    @Test
    void anImportCommitAndAScoringRunCutOffByAKillAreTakenOverAtTheRestartAndFinishedWithEveryRowOnce() throws Exception {
        String database = "crash_" + System.nanoTime();
        try (Connection admin = postgres("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + database);
        }
        Map<String, String> properties = new HashMap<>();
        properties.put("loadwise.db.url", jdbcUrl(database));
        properties.put("loadwise.db.user", "postgres");
        properties.put("loadwise.db.password", "postgres");
        properties.put("loadwise.import.dir", work.resolve("imports").toString());

        long club;
        long athlete;
        long importId;
        long runId;
        long writtenAtKill;
        try (PayaraProcess first = PayaraProcess.start(work, properties)) {
            Api api = new Api(first.url());
            club = api.newClub();
            athlete = api.newAthlete(api.newClub());
            enrolSquad(api, club);
            importId = api.plain().multiPart("file", "years.csv", largeFile(IMPORT_ROWS), "text/csv")
                    .multiPart("athleteId", String.valueOf(athlete))
                    .post("/clubs/" + clubOf(api, athlete) + "/imports").then().statusCode(202).extract().jsonPath().getLong("id");
            awaitImport(api, importId, "validated");

            runId = api.json().body(Map.of("week", WEEK, "club", club, "partitions", 2, "chunkSize", 1, "today", "2026-10-10"))
                    .post("/scoring/runs").then().statusCode(202).extract().jsonPath().getLong("executionId");
            api.json().post("/imports/" + importId + "/commit").then().statusCode(202).body("status", equalTo("committing"));
            JsonPath run;
            long deadline = System.currentTimeMillis() + 60_000;
            do {
                Thread.sleep(25);
                run = api.json().get("/scoring/runs/" + runId).then().extract().jsonPath();
            } while (importProgress(api, importId) == 0 && System.currentTimeMillis() < deadline);
            assertThat(run.getString("status")).as("the scoring run must still run when the server is killed").isEqualTo("STARTED");
            first.kill();
            writtenAtKill = sessionsOf(database, athlete);
            System.out.printf("Crash recovery: killed the server with %,d of %,d rows written and %,d of %,d athletes scored%n",
                    writtenAtKill, IMPORT_ROWS, scoresOf(database), SCORED_ATHLETES);
        }
        assertThat(writtenAtKill).as("rows written when the server died").isBetween(1L, IMPORT_ROWS - 1L);

        long startedAgain = System.nanoTime();
        try (PayaraProcess second = PayaraProcess.start(work, properties)) {
            long ready = System.nanoTime();
            Api api = new Api(second.url());
            long lostInstance = api.json().get("/scoring/runs/" + runId).then().statusCode(200).extract().jsonPath().getLong("instanceId");

            // no call to resume or restart: the instance started again takes both over by itself
            Long importTakenOver = null;
            Long runTakenOver = null;
            long restarted = runId;
            String importStatus;
            String runStatus;
            long deadline = System.currentTimeMillis() + 240_000;
            do {
                Thread.sleep(250);
                importStatus = api.json().get("/imports/" + importId).then().statusCode(200).extract().jsonPath().getString("status");
                if (importTakenOver == null && List.of("committing", "committed").contains(importStatus)) {
                    importTakenOver = System.nanoTime();
                }
                JsonPath latest = latestAttempt(api, lostInstance);
                restarted = latest.getLong("executionId");
                runStatus = latest.getString("status");
                if (runTakenOver == null && restarted != runId) {
                    runTakenOver = System.nanoTime();
                }
            } while (!("committed".equals(importStatus) && "COMPLETED".equals(runStatus)) && System.currentTimeMillis() < deadline);
            long finishedAt = System.nanoTime();
            assertThat(importStatus).as("the import, taken over after the restart").isEqualTo("committed");
            assertThat(runStatus).as("the scoring run's latest attempt, taken over after the restart").isEqualTo("COMPLETED");
            System.out.printf("Crash recovery: started again in %.1f s; without a call the import was taken over %.1f s and the"
                            + " scoring run %.1f s after it was ready, and both had finished %.1f s after it was ready%n",
                    seconds(ready - startedAgain), seconds(importTakenOver - ready), seconds(runTakenOver - ready),
                    seconds(finishedAt - ready));

            JsonPath lost = api.json().get("/scoring/runs/" + runId).then().statusCode(200).extract().jsonPath();
            assertThat(lost.getString("status")).isEqualTo("FAILED");
            assertThat(lost.getString("exitStatus")).isEqualTo("INSTANCE_LOST");
            api.json().post("/scoring/runs/" + runId + "/stop").then().statusCode(409);
            assertThat(restarted).as("the run's one automatic restart").isGreaterThan(runId);
            assertThat(warning("Took over scoring run " + runId + " ")).as("the run's takeover, logged at WARNING")
                    .contains("execution " + restarted);
            assertThat(warning("Took over import " + importId + " ")).as("the import's takeover, logged at WARNING")
                    .contains("writing on after the rows already written");
            JsonPath committed = awaitImport(api, importId, "committed");
            JsonPath finished = api.awaitRun("/scoring/runs/" + restarted, "COMPLETED");

            assertThat(sessionsOf(database, athlete)).isEqualTo(IMPORT_ROWS);
            assertThat(distinctSessionsOf(database, athlete)).isEqualTo(IMPORT_ROWS);
            assertThat(committed.getLong("counts.total")).isEqualTo(IMPORT_ROWS);
            assertThat(committed.getLong("counts.imported") + committed.getLong("counts.duplicates")).isEqualTo(IMPORT_ROWS);
            assertThat(scoresOf(database)).isEqualTo(SCORED_ATHLETES);
            assertThat(distinctScoredAthletes(database)).isEqualTo(SCORED_ATHLETES);
            assertThat(finished.getInt("athletesTotal")).isEqualTo(SCORED_ATHLETES);
            assertThat(finished.getInt("read")).isEqualTo(SCORED_ATHLETES);
            assertThat(finished.getInt("skipped")).isZero();

            api.json().post("/imports/" + importId + "/undo").then().statusCode(200).body("status", equalTo("undone"));
            assertThat(sessionsOf(database, athlete)).isZero();
        }
    }

    @Test
    void aWriteAnsweredJustBeforeAKillSurvivesOnTheEmbeddedDatabase() throws Exception {
        Map<String, String> properties = Map.of("loadwise.db.url", "jdbc:h2:file:" + work.resolve("h2/loadwise"),
                "loadwise.import.dir", work.resolve("imports").toString());
        long athlete;
        int written = 40;
        try (PayaraProcess first = PayaraProcess.start(work, properties)) {
            Api api = new Api(first.url());
            athlete = api.newAthlete(api.newClub());
            for (int i = 0; i < written; i++) {
                api.json().body(Map.of("date", LocalDate.of(2026, 1, 1).plusDays(i).toString(), "type", "easy", "movingMinutes", 30, "rpe", 3))
                        .post("/athletes/" + athlete + "/sessions").then().statusCode(201);
            }
            first.kill();
        }
        try (PayaraProcess second = PayaraProcess.start(work, properties)) {
            Api api = new Api(second.url());
            api.json().get("/athletes/" + athlete + "/sessions?size=100").then().statusCode(200).body("total", equalTo(written));
        }
    }

    /** The newest attempt of a scoring run (the list shows each run by its latest execution). */
    private static JsonPath latestAttempt(Api api, long jobInstance) {
        JsonPath runs = api.json().get("/scoring/runs?size=100").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = runs.getList("items");
        for (int i = 0; i < items.size(); i++) {
            if (runs.getLong("items[" + i + "].instanceId") == jobInstance) {
                return new JsonPath(runs.prettify()).setRootPath("items[" + i + "]");
            }
        }
        throw new AssertionError("scoring run of job instance " + jobInstance + " not listed: " + runs.prettify());
    }

    /** The log record of the servers that holds this text; it must have been logged at WARNING. */
    private String warning(String text) throws java.io.IOException {
        try (var logs = java.nio.file.Files.list(work)) {
            for (Path log : logs.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
                String all = java.nio.file.Files.readString(log, StandardCharsets.ISO_8859_1);
                int at = all.indexOf(text);
                if (at >= 0) {
                    int end = all.indexOf('\n', at);
                    String record = all.substring(Math.max(0, all.lastIndexOf("\n[", at)), end < 0 ? all.length() : end);
                    assertThat(record).as("log record of '%s'", text).contains("WARNING");
                    return record;
                }
            }
        }
        throw new AssertionError("no server logged '" + text + "'");
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** SCORED_ATHLETES athletes in the scored club, each with a session in the scored week. */
    private static void enrolSquad(Api api, long club) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < SCORED_ATHLETES; i++) {
            items.add(Map.of("memberId", "SQ-" + i, "name", "Squad Runner " + i, "date", "2026-09-29", "type", "easy",
                    "movingMinutes", 40, "rpe", 3));
        }
        api.json().body(Map.of("items", items, "createAthletes", true)).post("/clubs/" + club + "/sessions/bulk")
                .then().statusCode(200);
    }

    private static long clubOf(Api api, long athlete) {
        return api.json().get("/athletes/" + athlete).then().statusCode(200).extract().jsonPath().getLong("clubId");
    }

    private static long importProgress(Api api, long importId) {
        JsonPath view = api.json().get("/imports/" + importId).then().extract().jsonPath();
        return "committing".equals(view.getString("status")) ? view.getLong("progress.done") : 0;
    }

    private static JsonPath awaitImport(Api api, long id, String status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        JsonPath view;
        do {
            Thread.sleep(250);
            view = api.json().get("/imports/" + id).then().statusCode(200).extract().jsonPath();
        } while (!status.equals(view.getString("status")) && System.currentTimeMillis() < deadline);
        assertThat(view.getString("status")).as("import %d: %s", id, view.getString("message")).isEqualTo(status);
        return view;
    }

    private static byte[] largeFile(int rows) {
        StringBuilder csv = new StringBuilder("Date,Start,Type,Minutes,RPE,Notes\n");
        // ten sessions a day, ending before today: a date after today is an error
        LocalDate first = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(rows / 10 + 2);
        for (int i = 0; i < rows; i++) {
            int slot = i % 10;
            csv.append(first.plusDays(i / 10)).append(',').append(String.format("%02d:%02d", 6 + slot, slot % 2 == 0 ? 0 : 30))
                    .append(",easy,").append(30 + i % 40).append(",3,steady\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long sessionsOf(String database, long athlete) throws SQLException {
        return count(database, "SELECT COUNT(*) FROM training_session WHERE athlete_id = " + athlete);
    }

    private static long distinctSessionsOf(String database, long athlete) throws SQLException {
        return count(database, "SELECT COUNT(*) FROM (SELECT DISTINCT local_date, start_time FROM training_session WHERE athlete_id = "
                + athlete + ") s");
    }

    private static long scoresOf(String database) throws SQLException {
        return count(database, "SELECT COUNT(*) FROM weekly_score WHERE iso_week = '" + WEEK + "'");
    }

    private static long distinctScoredAthletes(String database) throws SQLException {
        return count(database, "SELECT COUNT(DISTINCT athlete_id) FROM weekly_score WHERE iso_week = '" + WEEK + "'");
    }

    private static long count(String database, String query) throws SQLException {
        try (Connection connection = postgres(database); Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection postgres(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "postgres");
    }

    private static String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + System.getProperty(EmbeddedPostgresSession.PORT_PROPERTY) + "/" + database;
    }
}
