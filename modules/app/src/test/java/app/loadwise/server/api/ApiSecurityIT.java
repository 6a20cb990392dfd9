package app.loadwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.loadwise.server.testing.Api;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class ApiSecurityIT {

    private static final String PASSWORD = "a long enough passphrase";

    @ArquillianResource
    URL deployment;

    Api admin;
    long club;

    @BeforeEach
    void connect() {
        admin = new Api(deployment);
        club = admin.newClub();
    }

    private String newUser(String role) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        admin.json().body(Map.of("username", username, "displayName", "Test " + role, "role", role, "password", PASSWORD))
                .post("/clubs/" + club + "/users").then().statusCode(201)
                .header("Location", containsString("/api/v1/users/"))
                .body("role", equalTo(role)).body("clubId", equalTo((int) club)).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("passwordHash")));
        return username;
    }

    private String newKey(Api as, String scope) {
        return as.json().body(Map.of("name", "sync " + scope, "scope", scope)).post("/clubs/" + club + "/api-keys")
                .then().statusCode(201).header("Cache-Control", "no-store")
                .body("key.scope", equalTo(scope)).body("token", notNullValue())
                .extract().jsonPath().getString("token");
    }

    private static Map<String, Object> session() {
        return Map.of("date", "2026-03-02", "type", "easy", "movingMinutes", 40, "rpe", 3);
    }

    @Test
    void refusesRequestsWithoutValidCredentialsAsProblems() {
        admin.anonymous().json().get("/clubs").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer")).header("WWW-Authenticate", containsString("Basic"))
                .body("title", equalTo("Authentication required"));
        admin.asUser("admin", "not the password").json().get("/clubs").then().statusCode(401)
                .contentType("application/problem+json").body("title", equalTo("Invalid credentials"));
        admin.withKey("lw_abcdefghijkm_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").json().get("/clubs").then().statusCode(401);
        admin.anonymous().json().header("Authorization", "Digest username=admin").get("/clubs").then().statusCode(401)
                .body("title", equalTo("Unsupported authentication"));
        admin.anonymous().json().header("Authorization", "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes()))
                .get("/clubs").then().statusCode(401);
    }

    @Test
    void aCallerWithoutCredentialsLearnsNothingAboutWhichPathsExist() {
        admin.anonymous().json().get("/no-such-resource").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"));
        admin.anonymous().json().get("/clubs/1/no-such-thing").then().statusCode(401);
        admin.anonymous().json().delete("/clubs").then().statusCode(401);
        admin.json().get("/no-such-resource").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theSignInLimitAnswersWithTheStandardReasonPhrase() {
        String username = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        io.restassured.response.Response refused = null;
        for (int i = 0; i < 30 && refused == null; i++) {
            io.restassured.response.Response answer = admin.asUser(username, "wrong password " + i).json().get("/me");
            if (answer.statusCode() == 429) {
                refused = answer;
            }
        }
        assertThat(refused).as("refused within 30 wrong passwords").isNotNull();
        assertThat(refused.statusLine()).isEqualTo("HTTP/1.1 429 Too Many Requests");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotNull();
    }

    @Test
    void idsInThePathAreAsciiDigitsOnly() {
        admin.json().get("/clubs/" + club).then().statusCode(200);
        for (String id : List.of("+" + club, "%20" + club, "%D9%A1", "%EF%BC%91", club + "%20", "0x1")) {
            admin.json().urlEncodingEnabled(false).get("/clubs/" + id).then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void clubAdminManagesTheirClubButNotThePlatform() {
        Api clubAdmin = admin.asUser(newUser("club-admin"), PASSWORD);
        clubAdmin.json().get("/me").then().statusCode(200).body("role", equalTo("club-admin")).body("clubId", equalTo((int) club));
        List<Long> visible = clubAdmin.json().queryParam("size", 500).get("/clubs").then().statusCode(200)
                .body("total", equalTo(1)).extract().jsonPath().getList("items.id", Long.class);
        assertThat(visible).containsExactly(club);
        clubAdmin.json().body(Map.of("rules", Map.of())).put("/clubs/" + club + "/rule-settings").then()
                .statusCode(org.hamcrest.Matchers.not(403));
        clubAdmin.json().body(Map.of("name", "Another", "timeZone", "UTC", "locale", "en-GB")).post("/clubs").then()
                .statusCode(403).contentType("application/problem+json").body("detail", containsString("platform admin"));
        clubAdmin.json().get("/scoring/runs").then().statusCode(403);
        clubAdmin.json().body(Map.of("username", "x-" + UUID.randomUUID(), "password", PASSWORD)).post("/platform-admins")
                .then().statusCode(403);
        clubAdmin.json().body(Map.of("username", "coach-" + UUID.randomUUID().toString().substring(0, 8), "role", "platform-admin",
                "password", PASSWORD)).post("/clubs/" + club + "/users").then().statusCode(400).body("errors[0].field", equalTo("role"));
    }

    @Test
    void coachReadsAndRecordsTrainingButChangesNoSettings() {
        Api coach = admin.asUser(newUser("coach"), PASSWORD);
        long athlete = admin.newAthlete(club);
        coach.json().get("/clubs/" + club + "/athletes").then().statusCode(200).body("total", equalTo(1));
        coach.json().body(session()).post("/athletes/" + athlete + "/sessions").then().statusCode(201);
        coach.json().body(Map.of("rules", Map.of())).put("/clubs/" + club + "/rule-settings").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("A coach may not PUT /clubs/{clubId}/rule-settings"));
        coach.json().body(Map.of("name", "mine", "scope", "read")).post("/clubs/" + club + "/api-keys").then().statusCode(403);
        coach.json().delete("/athletes/" + athlete).then().statusCode(403);
        coach.json().get("/clubs/" + club + "/audit").then().statusCode(403);
        long self = coach.json().get("/me").jsonPath().getLong("userId");
        coach.json().get("/users/" + self).then().statusCode(200).body("role", equalTo("coach"));
        String other = newUser("coach");
        long otherId = admin.asUser(other, PASSWORD).json().get("/me").jsonPath().getLong("userId");
        coach.json().get("/users/" + otherId).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void apiKeysActWithinTheirScopeUntilRevoked() {
        Api clubAdmin = admin.asUser(newUser("club-admin"), PASSWORD);
        long athlete = admin.newAthlete(club);
        String readKey = newKey(clubAdmin, "read");
        String writeKey = newKey(clubAdmin, "read-write");

        Api reader = admin.withKey(readKey);
        reader.json().get("/athletes/" + athlete + "/sessions").then().statusCode(200);
        reader.json().body(session()).post("/athletes/" + athlete + "/sessions").then().statusCode(403)
                .body("detail", containsString("read API key"));
        reader.json().get("/me").then().statusCode(200).body("role", equalTo("integration")).body("scope", equalTo("read"))
                .body("name", equalTo("key:" + readKey.substring(3, 15)));

        Api writer = admin.withKey(writeKey);
        writer.json().body(session()).post("/athletes/" + athlete + "/sessions").then().statusCode(201);
        writer.json().body(Map.of("rules", Map.of())).put("/clubs/" + club + "/rule-settings").then().statusCode(403);

        JsonPath keys = clubAdmin.json().get("/clubs/" + club + "/api-keys").then().statusCode(200).body("total", equalTo(2))
                .body("items.token", org.hamcrest.Matchers.everyItem(nullValue())).extract().jsonPath();
        long readKeyId = keys.getLong("items.find { it.scope == 'read' }.id");
        assertThat(keys.getString("items.find { it.scope == 'read' }.prefix")).isEqualTo(readKey.substring(0, 16));
        assertThat(keys.getString("items.find { it.scope == 'read' }.lastUsedAt")).isNotNull();

        clubAdmin.json().delete("/api-keys/" + readKeyId).then().statusCode(204);
        reader.json().get("/athletes/" + athlete + "/sessions").then().statusCode(401);
        clubAdmin.json().get("/api-keys/" + readKeyId).then().statusCode(200).body("revokedAt", notNullValue())
                .body("revokedBy", notNullValue());
    }

    @Test
    void usersChangeTheirOwnPasswordOnlyWithTheCurrentOne() {
        String username = newUser("coach");
        Api coach = admin.asUser(username, PASSWORD);
        long id = coach.json().get("/me").jsonPath().getLong("userId");
        coach.json().body(Map.of("currentPassword", "wrong password here", "newPassword", "another long passphrase"))
                .put("/users/" + id + "/password").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        coach.json().body(Map.of("currentPassword", PASSWORD, "newPassword", "short"))
                .put("/users/" + id + "/password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        coach.json().body(Map.of("currentPassword", PASSWORD, "newPassword", "another long passphrase"))
                .put("/users/" + id + "/password").then().statusCode(204);
        coach.json().get("/me").then().statusCode(401);
        admin.asUser(username, "another long passphrase").json().get("/me").then().statusCode(200);
    }

    @Test
    void disabledUsersCannotSignIn() {
        String username = newUser("coach");
        long id = admin.asUser(username, PASSWORD).json().get("/me").jsonPath().getLong("userId");
        admin.json().body(Map.of("enabled", false)).put("/users/" + id).then().statusCode(200).body("enabled", equalTo(false));
        admin.asUser(username, PASSWORD).json().get("/me").then().statusCode(401);
    }

    @Test
    void auditLogRecordsChangesWithTheirActor() {
        Api clubAdmin = admin.asUser(newUser("club-admin"), PASSWORD);
        String key = newKey(clubAdmin, "read");
        long athlete = admin.newAthlete(club);
        clubAdmin.json().delete("/athletes/" + athlete).then().statusCode(204);
        admin.withKey(key).json().body(java.util.Map.of("memberId", "RO-1", "name", "Read Only", "sex", "female", "level", "beginner"))
                .post("/clubs/" + club + "/athletes").then().statusCode(403);
        JsonPath audit = clubAdmin.json().get("/clubs/" + club + "/audit").then().statusCode(200).extract().jsonPath();
        List<String> actions = audit.getList("items.action", String.class);
        assertThat(actions).contains("POST /clubs/{clubId}/users", "POST /clubs/{clubId}/api-keys",
                "POST /clubs/{clubId}/athletes", "DELETE /athletes/{athleteId}");
        assertThat(audit.getString("items.find { it.action == 'DELETE /athletes/{athleteId}' }.target"))
                .isEqualTo("/athletes/" + athlete);
        assertThat(audit.getString("items.find { it.action == 'POST /clubs/{clubId}/api-keys' }.target")).startsWith("/api-keys/");
        assertThat(audit.prettify()).doesNotContain(key.substring(16));
        assertThat(audit.getString("items.find { it.status == 403 }.detail")).as("a refusal keeps its reason").contains("may not");
        admin.json().queryParam("clubId", club).get("/audit").then().statusCode(200)
                .body("items.action", hasItem("POST /clubs/{clubId}/users"));
        clubAdmin.json().queryParam("from", "2026-11-02").queryParam("to", "2026-11-01").get("/clubs/" + club + "/audit")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void limitsTheRequestRateOfEachApiKey() {
        Api clubAdmin = admin.asUser(newUser("club-admin"), PASSWORD);
        Api integration = admin.withKey(newKey(clubAdmin, "read"));
        var first = integration.json().get("/me");
        first.then().statusCode(200).header("RateLimit-Limit", notNullValue());
        assertThat(Integer.parseInt(first.header("RateLimit-Remaining"))).as("the burst less this request").isNotNegative();
        clubAdmin.json().get("/me").then().header("RateLimit-Remaining", nullValue());
        int refused = 0;
        String retryAfter = null;
        for (int i = 0; i < 1_000 && refused == 0; i++) {
            var response = integration.json().get("/me");
            if (response.statusCode() == 429) {
                refused++;
                retryAfter = response.header("Retry-After");
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(refused).as("a request refused within 1,000 quick ones").isEqualTo(1);
        assertThat(Integer.parseInt(retryAfter)).isPositive();
        clubAdmin.json().get("/me").then().statusCode(200);
    }
}
