package app.loadwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import app.loadwise.server.testing.Api;
import io.restassured.response.Response;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Input that PostgreSQL or the JSON binding cannot take is refused where it comes in, with the field named: control
 * characters and halves of surrogate pairs in any text, numbers that are not finite or not whole, pages and ids
 * that are not plain digits. Answers name no Java class.
 */
@ExtendWith(ArquillianExtension.class)
class InputHardeningIT {

    private static final String NUL = "\u0000";
    private static final String HALF = "\uD83D";

    @ArquillianResource
    URL deployment;

    Api api;
    long club;
    long athlete;
    String member;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
        club = api.newClub();
        athlete = api.newAthlete(club);
        member = api.json().get("/athletes/" + athlete).jsonPath().getString("memberId");
    }

    private static void refused(Response answer, String field) {
        answer.then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItems(field));
    }

    @Test
    void refusesControlCharactersAndHalfCharactersInTextOfEveryEndpoint() {
        String name = "Club " + UUID.randomUUID();
        refused(api.json().body(Map.of("name", name + NUL, "timeZone", "Europe/Berlin", "locale", "de-DE")).post("/clubs"), "name");
        refused(api.json().body(Map.of("name", name + HALF, "timeZone", "Europe/Berlin", "locale", "de-DE")).post("/clubs"), "name");
        api.json().queryParam("size", 500).get("/clubs").then().body("items.name",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith(name))));

        refused(api.json().body(Map.of("memberId", "M-" + NUL, "name", "X", "sex", "female", "level", "beginner"))
                .post("/clubs/" + club + "/athletes"), "memberId");
        refused(api.json().body(Map.of("date", "2026-03-02", "type", "easy", "movingMinutes", 30, "rpe", 3, "notes", "a\u001bb"))
                .post("/athletes/" + athlete + "/sessions"), "notes");
        refused(api.json().body(Map.of("date", "2026-03-03", "sleepHours", 7, "painNote", HALF + "knee"))
                .post("/athletes/" + athlete + "/wellness"), "painNote");
        refused(api.json().body(Map.of("items", List.of(
                        Map.of("memberId", member, "date", "2026-03-02", "type", "easy", "movingMinutes", 30, "rpe", 3),
                        Map.of("memberId", member, "date", "2026-03-03", "type", "easy", "movingMinutes", 30, "notes", "x" + NUL))))
                .post("/clubs/" + club + "/sessions/bulk"), "items[1].notes");
        refused(api.json().body(Map.of("name", "ours", "headers", List.of("Wer", "Wann" + NUL), "columns", Map.of("Wer", "memberId")))
                .post("/clubs/" + club + "/import-mappings"), "headers[1]");
        refused(api.json().body(Map.of("url", "https://hooks.example.com/x", "description", "dash" + NUL))
                .post("/clubs/" + club + "/webhooks"), "description");
        refused(api.json().body(Map.of("username", "u-" + UUID.randomUUID().toString().substring(0, 8), "displayName", "Anna" + NUL,
                "role", "coach", "password", "a long enough passphrase")).post("/clubs/" + club + "/users"), "displayName");
        refused(api.json().body(Map.of("name", "sync" + NUL, "scope", "read")).post("/clubs/" + club + "/api-keys"), "name");
        refused(api.json().body(Map.of("email", "coach@example.com", "name", "Head" + HALF)).post("/clubs/" + club + "/report-recipients"),
                "name");
        api.json().get("/athletes/" + athlete + "/sessions").then().body("total", equalTo(0));

        // tab and line breaks are text; whole characters of any script are too
        api.json().body(Map.of("date", "2026-03-02", "type", "easy", "movingMinutes", 30, "rpe", 3,
                        "notes", "line one\r\nline\ttwo \uD83D\uDE00 \u6771\u4eac"))
                .post("/athletes/" + athlete + "/sessions").then().statusCode(201)
                .body("notes", equalTo("line one\r\nline\ttwo \uD83D\uDE00 \u6771\u4eac"));
    }

    @Test
    void bulkCallsRefuseNumbersThatAreNotFiniteNamingTheItem() {
        String sessions = "{\"items\":[{\"memberId\":\"" + member + "\",\"date\":\"2026-03-02\",\"type\":\"easy\",\"movingMinutes\":30,\"rpe\":3},"
                + "{\"memberId\":\"" + member + "\",\"date\":\"2026-03-03\",\"type\":\"easy\",\"movingMinutes\":%s,\"rpe\":%s}]}";
        for (String[] bad : new String[][] {{"\"NaN\"", "3", "movingMinutes"}, {"\"Infinity\"", "3", "movingMinutes"},
            {"1e400", "3", "movingMinutes"}, {"30", "1e400", "rpe"}, {"30", "4.5", "rpe"}, {"30", "\"NaN\"", "rpe"}}) {
            api.json().body(String.format(sessions, bad[0], bad[1])).post("/clubs/" + club + "/sessions/bulk").then()
                    .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("items[1]." + bad[2]));
        }
        String wellness = "{\"items\":[{\"memberId\":\"" + member + "\",\"date\":\"2026-03-02\",\"sleepHours\":%s,\"fatigue\":%s}]}";
        for (String[] bad : new String[][] {{"\"NaN\"", "3", "sleepHours"}, {"\"-Infinity\"", "3", "sleepHours"},
            {"1e400", "3", "sleepHours"}, {"7", "1e400", "fatigue"}}) {
            api.json().body(String.format(wellness, bad[0], bad[1])).post("/clubs/" + club + "/wellness/bulk").then()
                    .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("items[0]." + bad[2]));
        }
        // the single-record endpoints answer the same
        api.json().body("{\"date\":\"2026-03-02\",\"type\":\"easy\",\"movingMinutes\":\"NaN\"}").post("/athletes/" + athlete + "/sessions")
                .then().statusCode(400).body("errors[0].field", equalTo("movingMinutes"));
        api.json().get("/athletes/" + athlete + "/sessions").then().body("total", equalTo(0));
        api.json().get("/athletes/" + athlete + "/wellness").then().body("total", equalTo(0));
    }

    @Test
    void bulkItemsNamingAnotherClubsAthleteAreAnsweredAsUnknownIds() {
        long foreign = api.newAthlete(api.newClub());
        long unknown = foreign + 1_000_000;
        String item = "{\"items\":[{\"athleteId\":%d,\"date\":\"2026-03-02\",\"type\":\"easy\",\"movingMinutes\":30,\"rpe\":3}]}";
        Response other = api.json().body(String.format(item, foreign)).post("/clubs/" + club + "/sessions/bulk");
        Response missing = api.json().body(String.format(item, unknown)).post("/clubs/" + club + "/sessions/bulk");
        other.then().statusCode(missing.statusCode()).contentType("application/problem+json");
        assertThat(other.asString().replace(String.valueOf(foreign), "ID")).isEqualTo(missing.asString().replace(String.valueOf(unknown), "ID"));
    }

    @Test
    void pagesPastTheEndAreEmptyAndPagesAndSizesArePlainDigits() {
        api.json().get("/scoring/runs").then().statusCode(200);
        long total = api.json().get("/scoring/runs").jsonPath().getLong("total");
        api.json().queryParam("page", total + 3).queryParam("size", 1).get("/scoring/runs").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty()).body("total", equalTo((int) total));
        api.json().queryParam("page", 4_000_000).queryParam("size", 500).get("/scoring/runs").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        for (String path : List.of("/scoring/runs", "/clubs", "/clubs/" + club + "/athletes", "/athletes/" + athlete + "/sessions",
                "/audit", "/clubs/" + club + "/report-deliveries")) {
            for (String value : List.of("%2B1", "%201", "1%20", "%D9%A1", "1e2", "-1", "2147483648", "99999999999999999999")) {
                api.json().urlEncodingEnabled(false).get(path + "?page=" + value).then().statusCode(400)
                        .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
                api.json().urlEncodingEnabled(false).get(path + "?size=" + value).then().statusCode(400)
                        .body("errors[0].field", equalTo("size"));
            }
            api.json().queryParam("page", Integer.MAX_VALUE).queryParam("size", 500).get(path).then().statusCode(400)
                    .body("errors[0].field", equalTo("page"));
        }
    }

    @Test
    void answersNameNoJavaClass() {
        for (String body : List.of("[]", "\"x\"", "{\"memberId\":[]}", "{\"memberId\":{}}", "{\"birthYear\":\"abc\"}",
                "{\"birthYear\":[1]}", "{\"name\":", "nul", "{\"memberId\":\"a\",\"name\":\"b\",\"level\":\"beginner\",\"sex\":{}}")) {
            Response answer = api.json().body(body).post("/clubs/" + club + "/athletes");
            answer.then().statusCode(400).contentType("application/problem+json");
            assertThat(answer.asString()).as(body).doesNotContain("class ").doesNotContain("java.").doesNotContain("app.loadwise")
                    .doesNotContain("AthleteRequest").doesNotContain("Internal error");
        }
        api.json().body("{\"date\":\"2026-02-30\",\"type\":\"easy\"}").post("/athletes/" + athlete + "/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("date")).body("detail", containsString("2026-03-02"))
                .body(org.hamcrest.Matchers.not(containsString("java.")));
    }
}
