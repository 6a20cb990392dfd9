package app.loadwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.loadwise.server.testing.Api;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The weekly report downloaded over REST after a scoring run, end to end on Payara Micro and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class ReportApiIT {

    private static final String WEEK = "2026-W47";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ArquillianResource
    URL deployment;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }

    private void awaitCompleted(long executionId) {
        api.awaitRun("/scoring/runs/" + executionId, "COMPLETED");
    }

    @Test
    void downloadsAScoredWeekAsAWorkbook() throws Exception {
        long club = api.newClub();
        for (int i = 0; i < 3; i++) {
            long athlete = api.newAthlete(club);
            api.json().body(Map.of("date", "2026-11-17", "type", "intervals", "movingMinutes", 50 + i, "rpe", 8))
                    .post("/athletes/" + athlete + "/sessions").then().statusCode(201);
            api.json().body(Map.of("date", "2026-11-19", "type", "easy", "movingMinutes", 40, "rpe", 3))
                    .post("/athletes/" + athlete + "/sessions").then().statusCode(201);
        }
        long run = api.json().body(Map.of("club", club, "week", WEEK, "today", "2026-11-25")).post("/scoring/runs")
                .then().statusCode(202).extract().jsonPath().getLong("executionId");
        awaitCompleted(run);

        Response response = api.plain().get("/clubs/" + club + "/reports/" + WEEK + ".xlsx");
        response.then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", equalTo("attachment; filename=\"loadwise-club-" + club + "-" + WEEK + ".xlsx\""));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            List<String> names = IntStream.range(0, workbook.getNumberOfSheets())
                    .mapToObj(workbook::getSheetName).toList();
            assertThat(names).containsExactly("Summary", "Athletes", "Findings", "Trends", "Plan", "About");
            XSSFSheet athletes = workbook.getSheet("Athletes");
            assertThat(athletes.getLastRowNum()).isEqualTo(3);
            assertThat(athletes.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Test Runner");
            assertThat(athletes.getRow(1).getCell(4).getNumericCellValue()).isPositive();
            assertThat(athletes.getRow(1).getCell(16).getStringCellValue()).isIn("green", "amber", "red");
            assertThat(workbook.getSheet("Trends").getDrawingPatriarch().getCharts()).isNotEmpty();
            assertThat(workbook.getSheet("Trends").getRow(13).getCell(1).getNumericCellValue()).isEqualTo(3);
        }

        api.plain().get("/clubs/" + club + "/reports/2026-W40.xlsx").then().statusCode(200).contentType(XLSX);
    }

    @Test
    void anAthletesOwnCheckInShowsInTheWeeklyReport() throws Exception {
        long club = api.newClub();
        long checksIn = api.newAthlete(club);
        long doesNot = api.newAthlete(club);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        String week = String.format("%d-W%02d", today.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                today.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        for (long athlete : List.of(checksIn, doesNot)) {
            api.json().body(Map.of("date", today.toString(), "type", "easy", "movingMinutes", 40, "rpe", 3))
                    .post("/athletes/" + athlete + "/sessions").then().statusCode(201);
        }
        String token = api.json().post("/athletes/" + checksIn + "/check-in-link").then().statusCode(201)
                .extract().jsonPath().getString("token");
        api.anonymous().json().body(Map.of("sleepHours", 7.5, "fatigue", 3, "mood", 4)).put("/check-in/" + token).then()
                .statusCode(200).body("saved", equalTo("created"));
        // corrected the same day: still one day
        api.anonymous().json().body(Map.of("sleepHours", 8.0)).put("/check-in/" + token).then().statusCode(200)
                .body("saved", equalTo("corrected"));
        awaitCompleted(api.json().body(Map.of("club", club, "week", week, "today", today.toString())).post("/scoring/runs")
                .then().statusCode(202).extract().jsonPath().getLong("executionId"));

        byte[] report = api.plain().get("/clubs/" + club + "/reports/" + week + ".xlsx").then().statusCode(200).contentType(XLSX)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            XSSFSheet summary = workbook.getSheet("Summary");
            Map<String, org.apache.poi.ss.usermodel.Row> byLabel = new java.util.HashMap<>();
            summary.forEach(row -> {
                var label = row.getCell(0);
                if (label != null && label.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    byLabel.put(label.getStringCellValue(), row);
                }
            });
            assertThat(byLabel.get("Days with the athlete's own check-in (share of all athlete-days)").getCell(1).getNumericCellValue())
                    .as("one day of two athletes' 14").isCloseTo(1 / 14.0, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(byLabel.get("Athletes who checked in on 5 days or more").getCell(1).getNumericCellValue()).isZero();

            XSSFSheet athletes = workbook.getSheet("Athletes");
            assertThat(athletes.getRow(0).getCell(19).getStringCellValue()).isEqualTo("Check-in days (of 7)");
            Map<String, Double> days = new java.util.HashMap<>();
            for (int r = 1; r <= athletes.getLastRowNum(); r++) {
                days.put(athletes.getRow(r).getCell(0).getStringCellValue(), athletes.getRow(r).getCell(19).getNumericCellValue());
            }
            assertThat(days).containsExactlyInAnyOrderEntriesOf(Map.of(
                    api.json().get("/athletes/" + checksIn).jsonPath().getString("memberId"), 1.0,
                    api.json().get("/athletes/" + doesNot).jsonPath().getString("memberId"), 0.0));
        }
    }

    @Test
    void answersProblemsForAnUnknownClubAndABadWeek() {
        long club = api.newClub();
        api.plain().get("/clubs/987654321/reports/" + WEEK + ".xlsx").then().statusCode(404)
                .contentType("application/problem+json");
        api.plain().get("/clubs/" + club + "/reports/2026-W99.xlsx").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("week"));
        api.plain().get("/clubs/" + club + "/reports/last-week.xlsx").then().statusCode(400)
                .body("errors[0].field", equalTo("week")).body("detail", containsString("2026-W05"));
        api.plain().get("/clubs/" + club + "/reports/2999-W01.xlsx").then().statusCode(400)
                .body("detail", containsString("not started"));
    }

    @Test
    void keepsRecipientsAndRecordsOneDeliveryPerClubWeek() {
        long club = api.newClub();
        api.json().get("/clubs/" + club + "/report-recipients").then().statusCode(200).body("size()", equalTo(0));
        api.json().body(Map.of("week", "2026-W40")).post("/clubs/" + club + "/report-deliveries").then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("recipients"));

        long id = api.json().body(Map.of("email", " Coach@Club.test ", "name", "Head coach"))
                .post("/clubs/" + club + "/report-recipients").then().statusCode(201)
                .body("email", equalTo("coach@club.test")).extract().jsonPath().getLong("id");
        api.json().body(Map.of("email", "coach@club.test")).post("/clubs/" + club + "/report-recipients").then().statusCode(409);
        api.json().body(Map.of("email", "not an address")).post("/clubs/" + club + "/report-recipients").then().statusCode(400)
                .body("errors[0].field", equalTo("email"));
        api.json().get("/clubs/" + club + "/report-recipients").then().statusCode(200).body("[0].id", equalTo((int) id));

        // No mail server listens in the test container: the first attempt fails and a retry is pending.
        api.json().body(Map.of("week", "2026-W40")).post("/clubs/" + club + "/report-deliveries").then().statusCode(202)
                .body("status", equalTo("retry_pending")).body("attempts", equalTo(1))
                .body("attemptLog[0].outcome", equalTo("failed"));
        api.json().body(Map.of("week", "2026-W40")).post("/clubs/" + club + "/report-deliveries").then().statusCode(409)
                .body("detail", containsString("mailed only once"));
        api.json().get("/clubs/" + club + "/report-deliveries").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].week", equalTo("2026-W40")).body("items[0].lastError", org.hamcrest.Matchers.notNullValue());
        api.json().get("/clubs/" + club + "/report-deliveries/2026-W41").then().statusCode(404);
        api.json().post("/clubs/" + club + "/report-deliveries/2026-W40/retry").then().statusCode(409)
                .body("errors[0].field", equalTo("status"));
        api.json().post("/clubs/" + club + "/report-deliveries/2026-W41/retry").then().statusCode(404);

        api.json().delete("/clubs/" + club + "/report-recipients/" + id).then().statusCode(204);
        api.json().get("/clubs/" + club + "/report-recipients").then().body("size()", equalTo(0));
    }

    private void awaitReportRun(long executionId) {
        api.awaitRun("/reports/runs/" + executionId, "COMPLETED");
    }

    @Test
    void theWeeklyRunDeliversADueClubWeekOnceAfterItsScoringIsFinal() {
        long club = api.newClub();
        long athlete = api.newAthlete(club);
        api.json().body(Map.of("date", "2026-11-17", "type", "tempo", "movingMinutes", 50, "rpe", 7))
                .post("/athletes/" + athlete + "/sessions").then().statusCode(201);
        api.json().body(Map.of("email", "captain@club.test")).post("/clubs/" + club + "/report-recipients").then().statusCode(201);
        // Monday 2026-11-23 06:30 in Berlin: the slot has passed, but nothing of 2026-W47 is scored yet.
        String mondayMorning = "2026-11-23T05:30:00Z";
        awaitReportRun(api.json().body(Map.of("at", mondayMorning)).post("/reports/runs").then().statusCode(202)
                .extract().jsonPath().getLong("executionId"));
        api.json().get("/clubs/" + club + "/report-deliveries/" + WEEK).then().statusCode(404);

        // Scored on Friday 2026-11-20, while the week was under way: its scores are provisional.
        awaitCompleted(api.json().body(Map.of("club", club, "week", WEEK, "today", "2026-11-20")).post("/scoring/runs")
                .then().statusCode(202).extract().jsonPath().getLong("executionId"));
        api.json().get("/clubs/" + club + "/scores?week=" + WEEK).then().statusCode(200)
                .body("items[0].provisional", equalTo(true));
        awaitReportRun(api.json().body(Map.of("at", mondayMorning)).post("/reports/runs").then().statusCode(202)
                .extract().jsonPath().getLong("executionId"));
        api.json().get("/clubs/" + club + "/report-deliveries/" + WEEK).then().statusCode(404);

        long scoring = api.json().body(Map.of("club", club, "week", WEEK, "today", "2026-11-25")).post("/scoring/runs")
                .then().statusCode(202).extract().jsonPath().getLong("executionId");
        awaitCompleted(scoring);
        // 05:30 in Berlin: before the slot.
        awaitReportRun(api.json().body(Map.of("at", "2026-11-23T04:30:00Z")).post("/reports/runs").then().statusCode(202)
                .extract().jsonPath().getLong("executionId"));
        api.json().get("/clubs/" + club + "/report-deliveries/" + WEEK).then().statusCode(404);

        awaitReportRun(api.json().body(Map.of("at", mondayMorning)).post("/reports/runs").then().statusCode(202)
                .extract().jsonPath().getLong("executionId"));
        // No mail server listens in the test container, so the scheduled delivery waits for its retry.
        api.json().get("/clubs/" + club + "/report-deliveries/" + WEEK).then().statusCode(200)
                .body("trigger", equalTo("schedule")).body("status", equalTo("retry_pending"));
        awaitReportRun(api.json().body(Map.of("at", mondayMorning)).post("/reports/runs").then().statusCode(202)
                .extract().jsonPath().getLong("executionId"));
        api.json().get("/clubs/" + club + "/report-deliveries").then().statusCode(200).body("total", equalTo(1));

        api.json().body(Map.of("at", "monday")).post("/reports/runs").then().statusCode(400).body("errors[0].field", equalTo("at"));
        api.json().get("/reports/runs/987654321").then().statusCode(404);
    }
}
