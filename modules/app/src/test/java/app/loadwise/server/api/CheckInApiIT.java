package app.loadwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import app.loadwise.checkin.internal.CheckInTokens;
import app.loadwise.server.testing.Api;
import app.loadwise.server.testing.EmbeddedPostgresSession;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Athletes' check-in over HTTP: coaches' link and reminder endpoints (roles, tenant isolation), and the check-in that
 * the link's token alone opens (expired and revoked links, same-day correction, a new day's entry, a coach's entry
 * kept, the wellness API's input checks, the rate limit per token, tokens kept out of the audit log).
 */
@ExtendWith(ArquillianExtension.class)
class CheckInApiIT {

    private static final String PASSWORD = "a long enough passphrase";
    /** The test club's zone: the athlete's "today". */
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @ArquillianResource
    URL deployment;

    private Api admin;
    private long club;
    private long athlete;
    private Api coach;

    @BeforeEach
    void club() {
        admin = new Api(deployment);
        club = admin.newClub();
        athlete = admin.json().body(Map.of("memberId", "CI-" + UUID.randomUUID().toString().substring(0, 8), "name", "Ada Okafor",
                        "sex", "female", "level", "intermediate", "maxHr", 190, "restingHr", 50))
                .post("/clubs/" + club + "/athletes").then().statusCode(201).extract().jsonPath().getLong("id");
        coach = user(club, "coach");
    }

    private Api user(long clubId, String role) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        admin.json().body(Map.of("username", username, "role", role, "password", PASSWORD))
                .post("/clubs/" + clubId + "/users").then().statusCode(201);
        return admin.asUser(username, PASSWORD);
    }

    private String key(String scope) {
        return admin.json().body(Map.of("name", "sync " + scope, "scope", scope)).post("/clubs/" + club + "/api-keys")
                .then().statusCode(201).extract().jsonPath().getString("token");
    }

    private String issue() {
        return coach.json().post("/athletes/" + athlete + "/check-in-link").then().statusCode(201)
                .extract().jsonPath().getString("token");
    }

    private Response open(String token) {
        return admin.anonymous().json().get("/check-in/" + token);
    }

    private Response answer(String token, Map<String, Object> answers) {
        return admin.anonymous().json().body(answers).put("/check-in/" + token);
    }

    private static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + System.getProperty(EmbeddedPostgresSession.PORT_PROPERTY)
                + "/postgres", "postgres", "postgres");
    }

    private static void sql(String statement, Object... parameters) throws SQLException {
        try (Connection c = database(); PreparedStatement p = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            p.executeUpdate();
        }
    }

    private JsonPath wellness() {
        return coach.json().get("/athletes/" + athlete + "/wellness").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aCoachIssuesALinkShownOnceAndANewOneStopsTheOld() {
        Response issued = coach.json().post("/athletes/" + athlete + "/check-in-link");
        issued.then().statusCode(201).header("Cache-Control", "no-store").body("link.state", equalTo("active"))
                .body("link.issuedBy", org.hamcrest.Matchers.startsWith("coach-")).body("link.athleteName", equalTo("Ada Okafor"));
        String token = issued.jsonPath().getString("token");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(issued.jsonPath().getString("url")).endsWith("/check-in/" + token).startsWith("http");

        String status = coach.json().get("/athletes/" + athlete + "/check-in-link").then().statusCode(200)
                .body("state", equalTo("active")).body("lastUsedAt", nullValue()).extract().asString();
        assertThat(status).doesNotContain(token);
        open(token).then().statusCode(200);
        coach.json().get("/athletes/" + athlete + "/check-in-link").then().body("lastUsedAt", org.hamcrest.Matchers.notNullValue());
        String list = coach.json().get("/clubs/" + club + "/check-in-links").then().statusCode(200)
                .body("items.athleteName", hasItem("Ada Okafor")).body("items.find { it.athleteId == " + athlete + " }.state",
                        equalTo("active")).body("linkDays", equalTo(180)).extract().asString();
        assertThat(list).doesNotContain(token);

        String second = issue();
        open(token).then().statusCode(410).contentType("application/problem+json").body("title", equalTo("Link revoked"));
        open(second).then().statusCode(200);
    }

    /**
     * Who gets what from each check-in endpoint, as {@code EndpointPolicy} says: links and reminders are read with read
     * access and changed by coaches and club admins only (an API key, even a read-write one, is no coach); the token
     * endpoints take no caller, so the token alone answers whoever sends it; another club's callers find nothing.
     */
    private static final String ROLES = """
            endpoint                                        | anonymous | read key | read-write key | coach | club admin | other club's coach | other club's admin
            GET /clubs/{clubId}/check-in-links              | 401       | 200      | 200            | 200   | 200        | 404                | 404
            POST /athletes/{athleteId}/check-in-link        | 401       | 403      | 403            | 201   | 201        | 404                | 404
            GET /athletes/{athleteId}/check-in-link         | 401       | 200      | 200            | 200   | 200        | 404                | 404
            DELETE /athletes/{athleteId}/check-in-link      | 401       | 403      | 403            | 204   | 204        | 404                | 404
            GET /athletes/{athleteId}/check-in-reminder     | 401       | 200      | 200            | 200   | 200        | 404                | 404
            PUT /athletes/{athleteId}/check-in-reminder     | 401       | 403      | 403            | 200   | 200        | 404                | 404
            DELETE /athletes/{athleteId}/check-in-reminder  | 401       | 403      | 403            | 204   | 204        | 404                | 404
            GET /check-in/{token}                           | 200       | 200      | 200            | 200   | 200        | 200                | 200
            PUT /check-in/{token}                           | 200       | 200      | 200            | 200   | 200        | 200                | 200
            POST /check-in-unsubscribe/{token}              | 200       | 200      | 200            | 200   | 200        | 200                | 200
            """;

    /** A request ready to be sent as any caller; preparing it sets up, as the platform admin, what it needs. */
    @FunctionalInterface
    private interface Prepared {
        java.util.function.Function<Api, Response> prepare() throws SQLException;
    }

    private int remindersSent;

    @Test
    void eachCallerGetsWhatThePolicyAllowsAndAnotherClubFindsNothing() throws SQLException {
        Map<String, Api> callers = new java.util.LinkedHashMap<>();
        callers.put("anonymous", admin.anonymous());
        callers.put("read key", admin.withKey(key("read")));
        callers.put("read-write key", admin.withKey(key("read-write")));
        callers.put("coach", coach);
        callers.put("club admin", user(club, "club-admin"));
        long otherClub = admin.newClub();
        callers.put("other club's coach", user(otherClub, "coach"));
        callers.put("other club's admin", user(otherClub, "club-admin"));

        String link = "/athletes/" + athlete + "/check-in-link";
        String reminder = "/athletes/" + athlete + "/check-in-reminder";
        Map<String, Object> reminderBody = Map.of("email", "ada@example.org", "enabled", true);
        Map<String, Prepared> requests = new java.util.LinkedHashMap<>();
        requests.put("GET /clubs/{clubId}/check-in-links", () -> as -> as.json().get("/clubs/" + club + "/check-in-links"));
        requests.put("POST /athletes/{athleteId}/check-in-link", () -> as -> as.json().post(link));
        requests.put("GET /athletes/{athleteId}/check-in-link", () -> {
            adminIssues();
            return as -> as.json().get(link);
        });
        requests.put("DELETE /athletes/{athleteId}/check-in-link", () -> {
            adminIssues();
            return as -> as.json().delete(link);
        });
        requests.put("GET /athletes/{athleteId}/check-in-reminder", () -> {
            admin.json().body(reminderBody).put(reminder).then().statusCode(200);
            return as -> as.json().get(reminder);
        });
        requests.put("PUT /athletes/{athleteId}/check-in-reminder", () -> as -> as.json().body(reminderBody).put(reminder));
        requests.put("DELETE /athletes/{athleteId}/check-in-reminder", () -> {
            admin.json().body(reminderBody).put(reminder).then().statusCode(200);
            return as -> as.json().delete(reminder);
        });
        requests.put("GET /check-in/{token}", () -> {
            String token = adminIssues();
            return as -> as.json().get("/check-in/" + token);
        });
        requests.put("PUT /check-in/{token}", () -> {
            String token = adminIssues();
            return as -> as.json().body(Map.of("sleepHours", 7.0, "fatigue", 3)).put("/check-in/" + token);
        });
        requests.put("POST /check-in-unsubscribe/{token}", () -> {
            admin.json().body(reminderBody).put(reminder).then().statusCode(200);
            String unsubscribe = CheckInTokens.newToken();
            sql("INSERT INTO check_in_reminder_sent (athlete_id, local_date, claimed_at, sent_at, unsubscribe_hash, token_hash, "
                            + "expires_at) VALUES (?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, ?, CURRENT_TIMESTAMP + INTERVAL '1 hour')",
                    athlete, java.sql.Date.valueOf(today().minusDays(++remindersSent)), CheckInTokens.hash(unsubscribe),
                    CheckInTokens.hash(CheckInTokens.newToken()));
            return as -> as.json().post("/check-in-unsubscribe/" + unsubscribe);
        });

        List<List<String>> table = ROLES.lines().filter(line -> !line.isBlank())
                .map(line -> java.util.Arrays.stream(line.split("\\|")).map(String::strip).toList()).toList();
        assertThat(table.get(0).subList(1, table.get(0).size())).as("the table's callers").containsExactlyElementsOf(callers.keySet());
        assertThat(table.subList(1, table.size()).stream().map(row -> row.get(0)))
                .as("every check-in endpoint has a row").containsExactlyInAnyOrderElementsOf(requests.keySet());
        List<String> wrong = new java.util.ArrayList<>();
        for (List<String> row : table.subList(1, table.size())) {
            int column = 1;
            for (Map.Entry<String, Api> caller : callers.entrySet()) {
                int expected = Integer.parseInt(row.get(column++));
                Response answer = requests.get(row.get(0)).prepare().apply(caller.getValue());
                if (answer.statusCode() != expected) {
                    wrong.add(caller.getKey() + ", " + row.get(0) + ": " + answer.statusCode() + ", expected " + expected);
                } else if (expected >= 400 && !answer.contentType().startsWith("application/problem+json")) {
                    wrong.add(caller.getKey() + ", " + row.get(0) + ": " + expected + " as " + answer.contentType());
                }
            }
        }
        assertThat(wrong).as("answers that differ from the table").isEmpty();
    }

    private String adminIssues() {
        return admin.json().post("/athletes/" + athlete + "/check-in-link").then().statusCode(201).extract().jsonPath().getString("token");
    }

    @Test
    void theTokenAloneOpensTheCheckInShowingOnlyTheFirstNameAndClub() {
        String token = issue();
        JsonPath page = open(token).then().statusCode(200).header("Cache-Control", "no-store")
                .body("firstName", equalTo("Ada")).body("today", equalTo(today().toString()))
                .body("timeZone", equalTo("Europe/Berlin")).body("answers", nullValue()).body("days.size()", equalTo(0))
                .extract().jsonPath();
        assertThat(page.getString("clubName")).startsWith("Club ");
        assertThat(open(token).asString()).doesNotContain("Okafor").doesNotContain("CI-").doesNotContain("\"athleteId\"");
        // even a signed-in caller's credentials play no part, and a CSRF token is not needed
        admin.json().get("/check-in/" + token).then().statusCode(200);
        // the page itself: the app, sending the address nowhere and kept in no cache
        io.restassured.RestAssured.given().baseUri(deployment.toString()).get("check-in/" + token).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/html")).header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex, nofollow");
        open("A".repeat(43)).then().statusCode(404).body("title", equalTo("Link not found"));
        open("not-a-token").then().statusCode(404);
    }

    @Test
    void todaysAnswersAreCorrectedTheSameDayAsOneEntry() {
        String token = issue();
        answer(token, Map.of("sleepHours", 6.5, "sleepQuality", 4, "fatigue", 5, "soreness", 3, "stress", 2, "mood", 3,
                "restingHr", 52, "painScore", 6, "painLocation", "achilles", "painKind", "sharp"))
                .then().statusCode(200).body("saved", equalTo("created")).body("answers.painScore", equalTo(6))
                .body("days.size()", equalTo(1));
        JsonPath first = wellness();
        assertThat(first.getList("items")).hasSize(1);
        assertThat(first.getString("items[0].source")).isEqualTo("check-in");
        assertThat(first.getString("items[0].date")).isEqualTo(today().toString());
        assertThat(first.getString("items[0].painNote")).isEqualTo("achilles, sharp pain 6/10");

        answer(token, Map.of("sleepHours", 7.5, "fatigue", 3, "painScore", 0, "note", "better after a walk"))
                .then().statusCode(200).body("saved", equalTo("corrected")).body("answers.sleepHours", equalTo(7.5f))
                .body("answers.painScore", equalTo(0)).body("answers.painLocation", nullValue());
        JsonPath corrected = wellness();
        assertThat(corrected.getList("items")).hasSize(1);
        assertThat(corrected.getDouble("items[0].sleepHours")).isEqualTo(7.5);
        assertThat(corrected.getString("items[0].sleepQuality")).isNull();
        assertThat(corrected.getString("items[0].painNote")).isEqualTo("better after a walk");

        // the squad page's response rate: the day counts once for the athlete
        LocalDate today = today();
        String week = String.format("%d-W%02d", today.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                today.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        coach.json().get("/clubs/" + club + "/squad?week=" + week).then().statusCode(200)
                .body("athletes.find { it.athleteId == " + athlete + " }.checkInDates", equalTo(List.of(today.toString())));
    }

    @Test
    void aNewDayGetsANewEntryAndThePageShowsTheLastSevenDaysOfOwnCheckIns() throws SQLException {
        String token = issue();
        LocalDate yesterday = today().minusDays(1);
        long earlier = coach.json().body(Map.of("date", yesterday.toString(), "sleepHours", 8.0, "fatigue", 2))
                .post("/athletes/" + athlete + "/wellness").then().statusCode(201).extract().jsonPath().getLong("id");
        // yesterday's entry as the athlete's own check-in; one of 8 days ago is beyond the page's 7 days
        sql("UPDATE wellness_entry SET entered_by = 'check-in' WHERE id = ?", earlier);
        long old = coach.json().body(Map.of("date", today().minusDays(7).toString(), "sleepHours", 5.0))
                .post("/athletes/" + athlete + "/wellness").then().statusCode(201).extract().jsonPath().getLong("id");
        sql("UPDATE wellness_entry SET entered_by = 'check-in' WHERE id = ?", old);

        open(token).then().statusCode(200).body("answers", nullValue()).body("days.date", equalTo(List.of(yesterday.toString())));
        answer(token, Map.of("sleepHours", 6.0, "fatigue", 4)).then().statusCode(200).body("saved", equalTo("created"))
                .body("days.date", equalTo(List.of(yesterday.toString(), today().toString())));
        JsonPath all = wellness();
        assertThat(all.getList("items")).hasSize(3);
        coach.json().get("/wellness/" + earlier).then().statusCode(200).body("sleepHours", equalTo(8.0f)).body("fatigue", equalTo(2));
    }

    @Test
    void aCoachsValuesAreNeverOverwrittenAndACoachsEditWins() {
        String token = issue();
        long entry = coach.json().body(Map.of("date", today().toString(), "sleepHours", 6.0, "fatigue", 5))
                .post("/athletes/" + athlete + "/wellness").then().statusCode(201).extract().jsonPath().getLong("id");
        open(token).then().body("recordedByCoach", equalTo(true)).body("answers", nullValue());
        answer(token, Map.of("sleepHours", 8.0, "fatigue", 5, "mood", 2)).then().statusCode(200)
                .body("saved", equalTo("added")).body("kept", equalTo(List.of("sleepHours")));
        coach.json().get("/wellness/" + entry).then().statusCode(200).body("sleepHours", equalTo(6.0f)).body("fatigue", equalTo(5))
                .body("mood", equalTo(2)).body("source", equalTo("api"));

        // an entry the check-in made, changed by the coach, is the coach's from then on
        String other = adaSecondAthleteToken();
        answer(other, Map.of("sleepHours", 7.0)).then().statusCode(200).body("saved", equalTo("created"));
        long checkedIn = coach.json().get("/athletes/" + second + "/wellness").then().extract().jsonPath().getLong("items[0].id");
        coach.json().get("/wellness/" + checkedIn).then().body("source", equalTo("check-in"));
        coach.json().body(Map.of("date", today().toString(), "sleepHours", 7.25)).put("/wellness/" + checkedIn)
                .then().statusCode(200).body("source", equalTo("api"));
        answer(other, Map.of("sleepHours", 9.0)).then().statusCode(200).body("saved", equalTo("added"))
                .body("kept", equalTo(List.of("sleepHours")));
        coach.json().get("/wellness/" + checkedIn).then().body("sleepHours", equalTo(7.25f));
    }

    private long second;

    private String adaSecondAthleteToken() {
        second = admin.newAthlete(club);
        return coach.json().post("/athletes/" + second + "/check-in-link").then().statusCode(201).extract().jsonPath().getString("token");
    }

    @Test
    void answersAreCheckedAsTheWellnessApiChecksThemEachNamed() {
        String token = issue();
        JsonPath refused = answer(token, Map.of("sleepHours", 20, "fatigue", 9, "restingHr", 12, "painScore", 4,
                "painLocation", "elbow", "painKind", "burning")).then().statusCode(400).contentType("application/problem+json")
                .extract().jsonPath();
        assertThat(refused.getList("errors.field", String.class))
                .containsExactly("sleepHours", "restingHr", "fatigue", "painLocation", "painKind");
        String wellnessApiSays = coach.json().body(Map.of("date", today().minusDays(3).toString(), "sleepHours", 20))
                .post("/athletes/" + athlete + "/wellness").then().statusCode(400).extract().jsonPath().getString("errors[0].message");
        assertThat(refused.getString("errors.find { it.field == 'sleepHours' }.message")).isEqualTo(wellnessApiSays);
        answer(token, Map.of()).then().statusCode(400).body("errors[0].field", equalTo("answers"));
        admin.anonymous().json().body("{\"fatigue\":\"tired\"}").put("/check-in/" + token).then().statusCode(400);
        assertThat(wellness().getList("items")).isEmpty();
    }

    @Test
    void anExpiredOrRevokedLinkOpensNothing() throws SQLException {
        String token = issue();
        answer(token, Map.of("sleepHours", 7.0)).then().statusCode(200);
        sql("UPDATE check_in_link SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1 minute' WHERE athlete_id = ?", athlete);
        open(token).then().statusCode(410).body("title", equalTo("Link expired"))
                .body("detail", equalTo("This check-in link has expired. Ask your coach for a new one."));
        answer(token, Map.of("sleepHours", 4.0)).then().statusCode(410);
        coach.json().get("/athletes/" + athlete + "/check-in-link").then().body("state", equalTo("expired"));

        String fresh = issue();
        coach.json().delete("/athletes/" + athlete + "/check-in-link").then().statusCode(204);
        open(fresh).then().statusCode(410).body("title", equalTo("Link revoked"));
        coach.json().get("/athletes/" + athlete + "/check-in-link").then().body("state", equalTo("revoked"));
        coach.json().delete("/athletes/" + athlete + "/check-in-link").then().statusCode(204);
        long none = admin.newAthlete(club);
        coach.json().delete("/athletes/" + none + "/check-in-link").then().statusCode(404);
        assertThat(wellness().getDouble("items[0].sleepHours")).isEqualTo(7.0);
    }

    @Test
    void eachTokenIsRateLimited() {
        String token = issue();
        String other = adaSecondAthleteToken();
        for (int i = 0; i < 10; i++) {
            open(token).then().statusCode(200);
        }
        // a burst of 10, refilled at 20 a minute: within the next few requests one is refused
        Response refused = open(token);
        for (int i = 0; i < 4 && refused.statusCode() != 429; i++) {
            refused = open(token);
        }
        refused.then().statusCode(429).contentType("application/problem+json");
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60);
        answer(token, Map.of("sleepHours", 7.0)).then().statusCode(429);
        open(other).then().statusCode(200);
        assertThat(wellness().getList("items")).isEmpty();
    }

    @Test
    void aTokensLimitIsKeptInTheDatabaseForEveryInstance() throws Exception {
        String token = issue();
        open(token).then().statusCode(200);
        // as if another instance of the cluster had just used up the link's requests
        String bucket = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(("check-in\n" + CheckInTokens.hash(token)).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        sql("UPDATE rate_limit_bucket SET tokens = 0, refilled_at = ? WHERE bucket_key = ?", System.currentTimeMillis(), bucket);
        Response refused = open(token);
        refused.then().statusCode(429).contentType("application/problem+json");
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 3);
    }

    @Test
    void tokensStayOutOfTheAuditLog() {
        String token = issue();
        answer(token, Map.of("sleepHours", 7.0)).then().statusCode(200);
        coach.json().delete("/athletes/" + athlete + "/check-in-link").then().statusCode(204);
        String audit = admin.json().get("/clubs/" + club + "/audit?size=500").then().statusCode(200)
                .body("items.action", hasItem("POST /athletes/{athleteId}/check-in-link")).extract().asString();
        assertThat(audit).doesNotContain(token).doesNotContain(CheckInTokens.hash(token)).doesNotContain("/check-in/");
    }

    @Test
    void remindersAreSetByTheCoachAndStoppedByTheirUnsubscribeLink() throws SQLException {
        coach.json().body(Map.of("email", "not an address", "enabled", true)).put("/athletes/" + athlete + "/check-in-reminder")
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
        coach.json().get("/athletes/" + athlete + "/check-in-reminder").then().statusCode(404);
        coach.json().body(Map.of("email", "ada@example.org", "enabled", true)).put("/athletes/" + athlete + "/check-in-reminder")
                .then().statusCode(200).body("enabled", equalTo(true)).body("email", equalTo("ada@example.org"));
        coach.json().get("/clubs/" + club + "/check-in-links").then()
                .body("items.find { it.athleteId == " + athlete + " }.reminderEmail", equalTo("ada@example.org"))
                .body("items.find { it.athleteId == " + athlete + " }.reminders", equalTo(true));

        // a reminder as the schedule records it: its own check-in token for the day and its own unsubscribe token
        String dayToken = CheckInTokens.newToken();
        String unsubscribe = CheckInTokens.newToken();
        sql("INSERT INTO check_in_reminder_sent (athlete_id, local_date, claimed_at, sent_at, unsubscribe_hash, token_hash, expires_at) "
                        + "VALUES (?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, ?, CURRENT_TIMESTAMP + INTERVAL '1 hour')",
                athlete, java.sql.Date.valueOf(today()), CheckInTokens.hash(unsubscribe), CheckInTokens.hash(dayToken));
        open(dayToken).then().statusCode(200).body("firstName", equalTo("Ada"));
        answer(dayToken, Map.of("sleepHours", 7.0)).then().statusCode(200).body("saved", equalTo("created"));

        admin.anonymous().json().post("/check-in-unsubscribe/" + CheckInTokens.newToken()).then().statusCode(404);
        admin.anonymous().json().post("/check-in-unsubscribe/" + unsubscribe).then().statusCode(200)
                .body("firstName", equalTo("Ada")).body("unsubscribed", equalTo(true));
        coach.json().get("/athletes/" + athlete + "/check-in-reminder").then().statusCode(200).body("enabled", equalTo(false))
                .body("unsubscribedAt", org.hamcrest.Matchers.notNullValue());

        sql("UPDATE check_in_reminder_sent SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1 minute' WHERE athlete_id = ?", athlete);
        open(dayToken).then().statusCode(410).body("title", equalTo("Link expired"));
        coach.json().delete("/athletes/" + athlete + "/check-in-reminder").then().statusCode(204);
        coach.json().get("/athletes/" + athlete + "/check-in-reminder").then().statusCode(404);
    }
}
