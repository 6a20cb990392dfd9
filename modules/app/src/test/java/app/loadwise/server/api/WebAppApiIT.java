package app.loadwise.server.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import app.loadwise.server.testing.Api;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the browser app needs of the API: sign-in sessions with CSRF, the squad week and the athlete timeline. */
@ExtendWith(ArquillianExtension.class)
class WebAppApiIT {

    @ArquillianResource
    URL deployment;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }

    private Response signIn(String username, String password) {
        return given().baseUri(api.base()).contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/session");
    }

    @Test
    void aBrowserSignsInWithAnHttpOnlyStrictCookieAndWritesOnlyWithItsCsrfToken() {
        Response signedIn = signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);
        signedIn.then().statusCode(201).header("Cache-Control", "no-store")
                .body("me.role", equalTo("platform-admin")).body("idleTimeoutSeconds", equalTo(1800));
        String setCookie = signedIn.getHeader("Set-Cookie");
        assertThat(setCookie).contains("loadwise_session=").contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
        String cookie = signedIn.getCookie("loadwise_session");
        String csrf = signedIn.jsonPath().getString("csrfToken");
        assertThat(csrf).hasSizeGreaterThan(30);

        given().baseUri(api.base()).cookie("loadwise_session", cookie).get("/me").then().statusCode(200)
                .body("name", equalTo(Api.ADMIN_USERNAME));
        given().baseUri(api.base()).cookie("loadwise_session", cookie).get("/session").then().statusCode(200)
                .body("csrfToken", equalTo(csrf));
        Map<String, String> club = Map.of("name", "Cookie Club " + System.nanoTime(), "timeZone", "UTC", "locale", "en-GB");
        given().baseUri(api.base()).cookie("loadwise_session", cookie).contentType(ContentType.JSON).body(club)
                .post("/clubs").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("X-CSRF-Token"));
        given().baseUri(api.base()).cookie("loadwise_session", cookie).header("X-CSRF-Token", "not-the-token")
                .contentType(ContentType.JSON).body(club).post("/clubs").then().statusCode(403);
        given().baseUri(api.base()).cookie("loadwise_session", cookie).header("X-CSRF-Token", csrf)
                .contentType(ContentType.JSON).body(club).post("/clubs").then().statusCode(201);

        given().baseUri(api.base()).cookie("loadwise_session", cookie).delete("/session").then().statusCode(403);
        given().baseUri(api.base()).cookie("loadwise_session", cookie).header("X-CSRF-Token", csrf).delete("/session")
                .then().statusCode(204).header("Set-Cookie", containsString("Max-Age=0"));
        given().baseUri(api.base()).cookie("loadwise_session", cookie).get("/me").then().statusCode(401)
                .header("WWW-Authenticate", "Session realm=\"Loadwise\"").body("title", equalTo("Session expired"));
    }

    @Test
    void aDownloadLinkFollowedAfterTheSessionEndedGoesToTheSignInPageAndBack() {
        String gone = "a-session-that-ended-long-ago-0123456789";
        given().baseUri(api.base()).redirects().follow(false).cookie("loadwise_session", gone)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Referer", deployment.toString().replaceAll("/$", "") + "/clubs/1/reports?week=2026-W40")
                .get("/clubs/1/reports/2026-W40.xlsx")
                .then().statusCode(303).header("Location", containsString("/sign-in?expired=1&next=%2Fclubs%2F1%2Freports%3Fweek%3D2026-W40"));
        given().baseUri(api.base()).redirects().follow(false).cookie("loadwise_session", gone)
                .header("Accept", "text/html").header("Referer", "https://elsewhere.example/phish")
                .get("/clubs/1/reports/2026-W40.xlsx")
                .then().statusCode(303).header("Location", containsString("next=%2F")).header("Location", org.hamcrest.Matchers.not(containsString("elsewhere")));
        given().baseUri(api.base()).cookie("loadwise_session", gone).header("Accept", "text/html").header("X-Requested-With", "XMLHttpRequest")
                .get("/clubs/1/reports/2026-W40.xlsx").then().statusCode(401);
    }

    @Test
    void wrongPasswordsAreRefusedAndLimitedAndBasicAuthStillWorks() {
        String user = "web-" + System.nanoTime();
        long club = api.newClub();
        api.json().body(Map.of("username", user, "displayName", "Web Coach", "role", "coach", "password", "a long passphrase here"))
                .post("/clubs/" + club + "/users").then().statusCode(201);
        signIn(user, "wrong password!").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Session realm=\"Loadwise\"");
        signIn(user, "a long passphrase here").then().statusCode(201).body("displayName", equalTo("Web Coach"))
                .body("me.clubId", equalTo((int) club));
        given().baseUri(api.base()).contentType(ContentType.JSON).body(Map.of("username", user)).post("/session")
                .then().statusCode(400).body("errors[0].field", equalTo("password"));
        int status = 0;
        for (int i = 0; i < 25 && status != 429; i++) {
            status = signIn(user, "wrong password " + i).statusCode();
        }
        assertThat(status).isEqualTo(429);
        api.asUser(user, "a long passphrase here").json().get("/me").then().statusCode(429);
        api.json().get("/me").then().statusCode(200);
        given().baseUri(api.base()).header("X-Requested-With", "XMLHttpRequest").get("/me").then().statusCode(401)
                .header("WWW-Authenticate", "Session realm=\"Loadwise\"");
        given().baseUri(api.base()).get("/me").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    void theSquadWeekListsEveryActiveAthleteWorstFirstWithEightWeeksOfLoad() {
        JsonPath squad = api.json().get("/clubs/1/squad").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> athletes = squad.getList("athletes");
        assertThat(athletes).hasSize(30);
        assertThat(squad.getInt("counts.athletes")).isEqualTo(30);
        assertThat(squad.getInt("counts.red") + squad.getInt("counts.amber") + squad.getInt("counts.green"))
                .isEqualTo(squad.getInt("counts.scored"));
        assertThat(squad.getInt("counts.scored") + squad.getInt("counts.unscored")).isEqualTo(30);
        assertThat(squad.getInt("counts.red")).isPositive();
        List<Integer> scores = athletes.stream().filter(a -> a.get("score") != null).map(a -> (Integer) a.get("score")).toList();
        assertThat(scores).isSorted();
        assertThat(athletes.subList(scores.size(), athletes.size())).allSatisfy(a -> assertThat(a.get("score")).isNull());
        assertThat(squad.getList("athletes[0].loadHistory")).hasSize(8);
        assertThat(squad.getString("athletes[0].loadHistory[7].week")).isEqualTo(squad.getString("week"));
        assertThat(squad.getString("athletes[0].mainReason")).isNotBlank();
        assertThat(squad.getString("athletes[0].status")).isEqualTo("red");
        assertThat(squad.getString("nextWeek")).isNotNull();

        String previous = squad.getString("previousWeek");
        api.json().get("/clubs/1/squad?week=" + previous).then().statusCode(200).body("week", equalTo(previous));
        api.json().get("/clubs/1/squad?week=2026-W99").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("week"));
        api.json().get("/clubs/1/squad?week=2026-51").then().statusCode(400)
                .body("detail", equalTo("week must look like 2026-W05, got '2026-51'"));
        api.json().get("/clubs/999999/squad").then().statusCode(404);
    }

    @Test
    void theTimelineGivesEveryDayOfTheWeeksAskedWithLoadsAndWellness() {
        long athlete = api.json().get("/clubs/1/athletes?size=1").then().extract().jsonPath().getLong("items[0].id");
        JsonPath timeline = api.json().get("/athletes/" + athlete + "/timeline?weeks=16").then().statusCode(200)
                .body("acwrBand.high", notNullValue()).body("sleepBand.low", equalTo(7.0f)).extract().jsonPath();
        List<Map<String, Object>> days = timeline.getList("days");
        assertThat(days.size()).isBetween(15 * 7 + 1, 16 * 7);
        assertThat(days).anySatisfy(d -> assertThat(((Number) d.get("load")).doubleValue()).isPositive());
        assertThat(days).anySatisfy(d -> assertThat(d.get("sleepHours")).isNotNull());
        assertThat(days.get(days.size() - 1)).containsKeys("ctl", "atl", "tsb", "acuteLoad", "chronicLoad");
        api.json().get("/athletes/" + athlete + "/timeline?weeks=0").then().statusCode(400).body("errors[0].field", equalTo("weeks"));
        api.json().get("/athletes/" + athlete + "/timeline?weeks=2").then().statusCode(200).body("days", hasSize(org.hamcrest.Matchers.lessThanOrEqualTo(14)));
    }
}
