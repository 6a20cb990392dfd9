package app.loadwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import app.loadwise.server.testing.Api;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plans over HTTP: a week read, replaced (idempotent, all or nothing) and added to one session at a time; the plan
 * check worded by day; planned against done; who may call each endpoint, and another club's caller finding nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PlanApiIT {

    private static final String PASSWORD = "a long enough passphrase";

    @ArquillianResource
    URL deployment;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }

    private static String week(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Map<String, Object> planned(LocalDate date, String type, Integer minutes, Integer rpe) {
        Map<String, Object> session = new HashMap<>();
        session.put("date", date.toString());
        session.put("type", type);
        if (minutes != null) {
            session.put("minutes", minutes);
        }
        if (rpe != null) {
            session.put("intendedRpe", rpe);
        }
        return session;
    }

    private static void logEasyRuns(Api api, long athlete, LocalDate from, LocalDate toExclusive) {
        for (LocalDate day = from; day.isBefore(toExclusive); day = day.plusDays(1)) {
            api.json().body(Map.of("date", day.toString(), "type", "easy", "movingMinutes", 40, "rpe", 3))
                    .post("/athletes/" + athlete + "/sessions").then().statusCode(201);
        }
    }

    @Test
    void replacesReadsAndChecksNextWeeksPlanWordedByDay() {
        Api admin = new Api(deployment);
        long club = admin.newClub();
        long athlete = admin.newAthlete(club);
        LocalDate monday = today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String next = week(monday);
        logEasyRuns(admin, athlete, monday.minusDays(35), monday);
        String plan = "/athletes/" + athlete + "/plan/" + next;
        List<Map<String, Object>> sessions = List.of(planned(monday, "easy", 40, 3), planned(monday.plusDays(1), "intervals", 50, 8),
                planned(monday.plusDays(2), "hills", 45, 8), planned(monday.plusDays(4), "tempo", 45, 7),
                planned(monday.plusDays(5), "easy", 40, 3), planned(monday.plusDays(6), "long", 120, 5));

        admin.json().body(Map.of("sessions", sessions)).put(plan).then().statusCode(200)
                .body("week", equalTo(next)).body("monday", equalTo(monday.toString()))
                .body("sessions.size()", equalTo(6)).body("sessions[1].type", equalTo("intervals"))
                .body("sessions[1].plannedLoad", equalTo(400.0f)).body("plannedLoad", equalTo(1915.0f));
        // the same plan again: the same week, not a doubled one
        admin.json().body(Map.of("sessions", sessions)).put(plan).then().statusCode(200).body("sessions.size()", equalTo(6));
        admin.json().get(plan).then().statusCode(200).body("sessions.size()", equalTo(6))
                .body("sessions.type", equalTo(List.of("easy", "intervals", "hills", "tempo", "easy", "long")));

        JsonPath check = admin.json().get(plan + "/check").then().statusCode(200)
                .body("plannedFrom", equalTo(monday.toString())).body("level", equalTo("intermediate"))
                .body("restDays", equalTo(List.of(monday.plusDays(3).toString())))
                .body("sessions.size()", equalTo(6)).body("sessions[1].load", equalTo(400.0f))
                .body("sessions[1].loadMethod", equalTo("session_rpe"))
                .body("projected.weeklyLoad", equalTo(1915.0f)).body("projected.usualWeeklyLoad", equalTo(840.0f))
                .body("findings.wording", hasItem("Tue intervals then Wed hills: no buffer day between them"))
                .body("findings.ruleId", hasItem("ramp"))
                .extract().jsonPath();
        Map<String, Object> buffer = check.getMap("findings.find { it.ruleId == 'buffer-day' }");
        assertThat(buffer).containsEntry("severity", "amber").containsEntry("fromPlan", true)
                .containsEntry("dates", List.of(monday.plusDays(1).toString(), monday.plusDays(2).toString()));
        assertThat((String) buffer.get("message")).startsWith("Back-to-back hard days: intervals");
        assertThat((String) buffer.get("advice")).isNotBlank();
        assertThat((String) buffer.get("evidenceStrength")).contains("expert opinion");
        assertThat((String) check.get("findings.find { it.ruleId == 'ramp' }.wording"))
                .isEqualTo("Week load 1915 AU is 2.28 x the usual week (840 AU): a ramp above 1.5");

        // an empty list clears the week; the check then has nothing to judge
        admin.json().body(Map.of("sessions", List.of())).put(plan).then().statusCode(200).body("sessions.size()", equalTo(0));
        admin.json().get(plan + "/check").then().statusCode(200).body("findings.size()", equalTo(0))
                .body("projected", equalTo(null));
    }

    @Test
    void addsReadsAndDeletesOnePlannedSession() {
        Api admin = new Api(deployment);
        long athlete = admin.newAthlete(admin.newClub());
        String added = "/athletes/" + athlete + "/planned-sessions";
        long id = admin.json().body(Map.of("date", "2026-12-15", "type", "race_pace", "minutes", 50, "intendedRpe", 7,
                        "distanceKm", 10.5, "note", "3 x 3 km at goal pace"))
                .post(added).then().statusCode(201).header("Location", containsString(added + "/"))
                .body("type", equalTo("race_pace")).body("plannedLoad", equalTo(350.0f)).body("source", equalTo("api"))
                .extract().jsonPath().getLong("id");
        admin.json().get(added + "/" + id).then().statusCode(200).body("note", equalTo("3 x 3 km at goal pace"));
        admin.json().get("/athletes/" + athlete + "/plan/2026-W51").then().statusCode(200).body("sessions.id", hasItem((int) id));
        long other = admin.newAthlete(admin.newClub());
        admin.json().get("/athletes/" + other + "/planned-sessions/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        admin.json().delete(added + "/" + id).then().statusCode(204);
        admin.json().get(added + "/" + id).then().statusCode(404);

        admin.json().body(Map.of("date", "2026-12-16", "type", "rest")).post(added).then().statusCode(201)
                .body("minutes", equalTo(null)).body("plannedLoad", equalTo(null));
        for (int i = 0; i < 3; i++) {
            admin.json().body(Map.of("date", "2026-12-17", "type", "easy", "minutes", 30)).post(added).then().statusCode(201);
        }
        admin.json().body(Map.of("date", "2026-12-17", "type", "easy", "minutes", 30)).post(added).then().statusCode(400)
                .body("errors[0].field", equalTo("date")).body("detail", containsString("at most 3 sessions"));
    }

    @Test
    void refusesABadPlanNamingTheSessionAndFieldAndWritesNothing() {
        Api admin = new Api(deployment);
        long athlete = admin.newAthlete(admin.newClub());
        String plan = "/athletes/" + athlete + "/plan/2026-W51";
        LocalDate monday = LocalDate.of(2026, 12, 14);
        admin.json().body(Map.of("sessions", List.of(planned(monday, "easy", 40, 3)))).put(plan).then().statusCode(200);

        admin.json().body(Map.of("sessions", List.of(planned(monday, "easy", 40, 3), planned(monday.plusDays(7), "easy", 40, 3))))
                .put(plan).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("sessions[1].date")).body("detail", containsString("is not in week 2026-W51"));
        admin.json().body(Map.of("sessions", List.of(planned(monday, "easy", 40, 3), planned(monday, "tempo", 45, 11))))
                .put(plan).then().statusCode(400).body("errors[0].field", equalTo("sessions[1].intendedRpe"))
                .body("detail", equalTo("intended RPE must be between 0 and 10 (CR-10 scale)"));
        admin.json().body(Map.of("sessions", List.of(planned(monday, "tempo", null, 6)))).put(plan).then().statusCode(400)
                .body("errors[0].field", equalTo("sessions[0].minutes"));
        admin.json().body(Map.of("sessions", List.of(planned(monday, "jogging", 40, 3)))).put(plan).then().statusCode(400)
                .body("errors[0].field", equalTo("sessions[0].type"));
        admin.json().body(Map.of("sessions", List.of(planned(monday, "easy", 40, 3), planned(monday, "easy", 20, 2),
                planned(monday, "strength", 30, 5), planned(monday, "easy", 20, 2)))).put(plan).then().statusCode(400)
                .body("errors[0].field", equalTo("sessions[3].date"));
        admin.json().body("{}").put(plan).then().statusCode(400);
        admin.json().get("/athletes/" + athlete + "/plan/2026-51").then().statusCode(400).body("errors[0].field", equalTo("week"));
        admin.json().get("/athletes/" + athlete + "/plan/2026-W54/check").then().statusCode(400).body("errors[0].field", equalTo("week"));

        admin.json().get(plan).then().statusCode(200).body("sessions.size()", equalTo(1)).body("sessions[0].type", equalTo("easy"));
    }

    @Test
    void comparesAPastWeeksPlanWithWhatWasDoneOnTheApiAndInTheWeeklyReport() throws IOException {
        Api admin = new Api(deployment);
        long athlete = admin.newAthlete(admin.newClub());
        LocalDate monday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(2);
        logEasyRuns(admin, athlete, monday, monday.plusDays(7));
        String plan = "/athletes/" + athlete + "/plan/" + week(monday);
        admin.json().body(Map.of("sessions", List.of(planned(monday, "easy", 40, 3), planned(monday.plusDays(1), "tempo", 45, 6),
                planned(monday.plusDays(2), "easy", 60, 3), planned(monday.plusDays(5), "easy", 40, 3),
                planned(monday.plusDays(5), "strength", 30, 5)))).put(plan).then().statusCode(200);

        admin.json().get(plan + "/comparison").then().statusCode(200)
                .body("today", equalTo(today().toString()))
                .body("items.outcome", equalTo(List.of("as-planned", "changed", "changed", "unplanned", "unplanned", "as-planned",
                        "missed", "unplanned")))
                .body("items[1].changes", equalTo(List.of("type tempo -> easy")))
                .body("items[2].changes", equalTo(List.of("minutes 60 -> 40")))
                .body("items[1].done.type", equalTo("easy")).body("items[6].planned.type", equalTo("strength"))
                .body("items[6].done", equalTo(null))
                .body("counts.asPlanned", equalTo(2)).body("counts.changed", equalTo(2)).body("counts.missed", equalTo(1))
                .body("counts.unplanned", equalTo(3)).body("counts.pending", equalTo(0));

        // the weekly report's Plan sheet
        long club = admin.json().get("/athletes/" + athlete).jsonPath().getLong("clubId");
        String member = admin.json().get("/athletes/" + athlete).jsonPath().getString("memberId");
        byte[] report = admin.plain().get("/clubs/" + club + "/reports/" + week(monday) + ".xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(report))) {
            Sheet sheet = workbook.getSheet("Plan");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(member);
            assertThat(List.of(2, 3, 4, 5, 6, 7).stream().map(c -> (int) row.getCell(c).getNumericCellValue()).toList())
                    .containsExactly(5, 2, 2, 1, 0, 3);
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("Tue tempo: type tempo -> easy; Wed easy: minutes 60 -> 40; "
                    + "Sat strength: missed");
        }
    }

    /**
     * Who gets what from each plan endpoint, as {@code EndpointPolicy} says: plans are read with read access and written
     * as the training log is (coach, club admin or a read-write key); another club's callers find nothing.
     */
    private static final String ROLES = """
            endpoint                                                         | anonymous | read key | read-write key | coach | club admin | other club's coach | other club's admin
            GET /athletes/{athleteId}/plan/{week}                            | 401       | 200      | 200            | 200   | 200        | 404                | 404
            PUT /athletes/{athleteId}/plan/{week}                            | 401       | 403      | 200            | 200   | 200        | 404                | 404
            GET /athletes/{athleteId}/plan/{week}/comparison                 | 401       | 200      | 200            | 200   | 200        | 404                | 404
            GET /athletes/{athleteId}/plan/{week}/check                      | 401       | 200      | 200            | 200   | 200        | 404                | 404
            POST /athletes/{athleteId}/planned-sessions                      | 401       | 403      | 201            | 201   | 201        | 404                | 404
            GET /athletes/{athleteId}/planned-sessions/{plannedSessionId}    | 401       | 200      | 200            | 200   | 200        | 404                | 404
            DELETE /athletes/{athleteId}/planned-sessions/{plannedSessionId} | 401       | 403      | 204            | 204   | 204        | 404                | 404
            POST /clubs/{clubId}/plan-imports                                | 401       | 403      | 200            | 200   | 200        | 404                | 404
            """;

    /** A request ready to be sent as any caller; preparing it sets up, as the platform admin, what it needs. */
    @FunctionalInterface
    private interface Prepared {
        java.util.function.Function<Api, io.restassured.response.Response> prepare();
    }

    @Test
    void eachCallerGetsWhatThePolicyAllowsAndAnotherClubChangesNothing() {
        Api admin = new Api(deployment);
        long club = admin.newClub();
        long athlete = admin.newAthlete(club);
        long otherClub = admin.newClub();
        Map<String, Api> callers = new java.util.LinkedHashMap<>();
        callers.put("anonymous", admin.anonymous());
        callers.put("read key", admin.withKey(key(admin, club, "read")));
        callers.put("read-write key", admin.withKey(key(admin, club, "read-write")));
        callers.put("coach", admin.asUser(user(admin, club, "coach"), PASSWORD));
        callers.put("club admin", admin.asUser(user(admin, club, "club-admin"), PASSWORD));
        callers.put("other club's coach", admin.asUser(user(admin, otherClub, "coach"), PASSWORD));
        callers.put("other club's admin", admin.asUser(user(admin, otherClub, "club-admin"), PASSWORD));

        LocalDate monday = LocalDate.of(2026, 12, 14);
        String plan = "/athletes/" + athlete + "/plan/2026-W51";
        String added = "/athletes/" + athlete + "/planned-sessions";
        Map<String, Object> week = Map.of("sessions", List.of(planned(monday.plusDays(1), "easy", 40, 3)));
        // a week with one planned session, as the platform admin leaves it before each request; its id
        java.util.function.LongSupplier oneSession = () -> admin.json().body(week).put(plan).then().statusCode(200)
                .extract().jsonPath().getLong("sessions[0].id");
        String member = admin.json().get("/athletes/" + athlete).jsonPath().getString("memberId");
        byte[] csv = ("Member ID,Date,Type,Planned (min),Intended RPE (0-10)\n" + member + ",2026-12-15,intervals,50,8\n")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, Prepared> requests = new java.util.LinkedHashMap<>();
        requests.put("GET /athletes/{athleteId}/plan/{week}", () -> as -> as.json().get(plan));
        requests.put("PUT /athletes/{athleteId}/plan/{week}", () -> as -> as.json().body(week).put(plan));
        requests.put("GET /athletes/{athleteId}/plan/{week}/comparison", () -> as -> as.json().get(plan + "/comparison"));
        requests.put("GET /athletes/{athleteId}/plan/{week}/check", () -> as -> as.json().get(plan + "/check"));
        requests.put("POST /athletes/{athleteId}/planned-sessions", () -> {
            oneSession.getAsLong();
            return as -> as.json().body(planned(monday.plusDays(2), "tempo", 45, 6)).post(added);
        });
        requests.put("GET /athletes/{athleteId}/planned-sessions/{plannedSessionId}", () -> {
            long id = oneSession.getAsLong();
            return as -> as.json().get(added + "/" + id);
        });
        requests.put("DELETE /athletes/{athleteId}/planned-sessions/{plannedSessionId}", () -> {
            long id = oneSession.getAsLong();
            return as -> as.json().delete(added + "/" + id);
        });
        requests.put("POST /clubs/{clubId}/plan-imports", () -> as -> as.plain().accept("application/json")
                .multiPart("file", "plan.csv", csv, "text/csv").post("/clubs/" + club + "/plan-imports"));

        List<List<String>> table = ROLES.lines().filter(line -> !line.isBlank())
                .map(line -> java.util.Arrays.stream(line.split("\\|")).map(String::strip).toList()).toList();
        assertThat(table.get(0).subList(1, table.get(0).size())).as("the table's callers").containsExactlyElementsOf(callers.keySet());
        assertThat(table.subList(1, table.size()).stream().map(row -> row.get(0)))
                .as("every plan endpoint has a row").containsExactlyInAnyOrderElementsOf(requests.keySet());
        List<String> wrong = new java.util.ArrayList<>();
        for (List<String> row : table.subList(1, table.size())) {
            int column = 1;
            for (Map.Entry<String, Api> caller : callers.entrySet()) {
                int expected = Integer.parseInt(row.get(column++));
                io.restassured.response.Response answer = requests.get(row.get(0)).prepare().apply(caller.getValue());
                if (answer.statusCode() != expected) {
                    wrong.add(caller.getKey() + ", " + row.get(0) + ": " + answer.statusCode() + ", expected " + expected);
                } else if (expected >= 400 && !answer.contentType().startsWith("application/problem+json")) {
                    wrong.add(caller.getKey() + ", " + row.get(0) + ": " + expected + " as " + answer.contentType());
                }
            }
        }
        assertThat(wrong).as("answers that differ from the table").isEmpty();

        // what another club's admin sent changed nothing
        long kept = oneSession.getAsLong();
        Api intruder = callers.get("other club's admin");
        intruder.json().body(Map.of("sessions", List.of())).put(plan).then().statusCode(404);
        intruder.json().delete(added + "/" + kept).then().statusCode(404);
        admin.json().get(plan).then().statusCode(200).body("sessions.size()", equalTo(1)).body("sessions[0].id", equalTo((int) kept));
    }

    @Test
    void uploadsAPlanSheetAllOrNothingWithEveryErrorOnItsCell() throws IOException {
        Api admin = new Api(deployment);
        long club = admin.newClub();
        long ada = admin.newAthlete(club);
        String member = admin.json().get("/athletes/" + ada).jsonPath().getString("memberId");
        String upload = "/clubs/" + club + "/plan-imports";

        // a club's own workbook: its sessions sheet is left to the session import, its Plan sheet is read
        byte[] bad = workbook(member, "11");
        JsonPath dry = admin.plain().accept("application/json").queryParam("dryRun", "true")
                .multiPart("file", "club.xlsx", bad, "application/octet-stream").post(upload).then().statusCode(200)
                .body("sheet", equalTo("Plan")).body("dryRun", equalTo(true)).body("committed", equalTo(false))
                .body("errors.size()", equalTo(2)).extract().jsonPath();
        assertThat(dry.getString("errors[0].column")).isEqualTo("Intended RPE (0-10)");
        assertThat(dry.getString("errors[0].columnRef")).isEqualTo("E");
        assertThat(dry.getInt("errors[0].row")).isEqualTo(3);
        assertThat(dry.getString("errors[0].problem")).isEqualTo("intended RPE must be between 0 and 10 (CR-10 scale)");
        assertThat(dry.getString("errors[1].column")).isEqualTo("Member ID");
        assertThat(dry.getString("errors[1].problem")).contains("no athlete of the club has member id 'NOBODY'");
        admin.plain().accept("application/json").multiPart("file", "club.xlsx", bad, "application/octet-stream").post(upload)
                .then().statusCode(422).body("errors.size()", equalTo(2));
        admin.json().get("/athletes/" + ada + "/plan/2026-W51").then().body("sessions.size()", equalTo(0));

        String csv = "Member ID,Date,Type,Planned (min),Intended RPE (0-10)\n" + member + ",2026-12-15,intervals,50,8\n"
                + member + ",2026-12-16,easy,40,3\n" + member + ",2026-12-22,long,100,4\n";
        admin.plain().accept("application/json").multiPart("file", "plan.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(upload).then().statusCode(200).body("committed", equalTo(true)).body("rows", equalTo(3))
                .body("weeks.week", equalTo(List.of("2026-W51", "2026-W52"))).body("weeks[0].sessions", equalTo(2))
                .body("weeks[0].plannedLoad", equalTo(520.0f));
        admin.json().get("/athletes/" + ada + "/plan/2026-W51").then().body("sessions.type", equalTo(List.of("intervals", "easy")))
                .body("sessions[0].source", equalTo("import"));
        // the same file again replaces the same weeks: nothing doubles
        admin.plain().accept("application/json").multiPart("file", "plan.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(upload).then().statusCode(200);
        admin.json().get("/athletes/" + ada + "/plan/2026-W51").then().body("sessions.size()", equalTo(2));

        admin.plain().accept("application/json").multiPart("file", "x.csv", "Member ID,Date\nA,2026-12-15\n".getBytes(StandardCharsets.UTF_8),
                "text/csv").post(upload).then().statusCode(422).body("detail", containsString("header row with Member ID (or Name), Date and Type"));
        Api reader = admin.withKey(key(admin, club, "read"));
        reader.plain().accept("application/json").multiPart("file", "plan.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(upload).then().statusCode(403);
        Api intruder = admin.asUser(user(admin, admin.newClub(), "club-admin"), PASSWORD);
        intruder.plain().accept("application/json").multiPart("file", "plan.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(upload).then().statusCode(404);
    }

    /** A workbook with a Sessions sheet and a Plan sheet: one good row, one with this intended RPE, one of an unknown athlete. */
    private static byte[] workbook(String member, String rpe) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sessions = workbook.createSheet("Sessions");
            Row done = sessions.createRow(0);
            done.createCell(0).setCellValue("Member ID");
            done.createCell(1).setCellValue("Date");
            Sheet plan = workbook.createSheet("Plan");
            String[][] rows = {{"Member ID", "Date", "Type", "Planned (min)", "Intended RPE (0-10)"},
                {member, "2026-12-15", "tempo", "45", "6"}, {member, "2026-12-16", "hills", "40", rpe},
                {"NOBODY", "2026-12-17", "easy", "30", "3"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = plan.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String user(Api admin, long club, String role) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        admin.json().body(Map.of("username", username, "role", role, "password", PASSWORD)).post("/clubs/" + club + "/users")
                .then().statusCode(201);
        return username;
    }

    private static String key(Api admin, long club, String scope) {
        return admin.json().body(Map.of("name", "plan " + scope, "scope", scope)).post("/clubs/" + club + "/api-keys")
                .then().statusCode(201).body("token", notNullValue()).extract().jsonPath().getString("token");
    }
}
