package app.loadwise.server.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Requests against the deployed API, and builders for the records most tests need. */
public final class Api {

    /** The platform admin that the test deployment creates at start-up (see arquillian.xml). */
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password-1";

    private final String base;
    private final String authorization;

    /** Requests as the platform admin. */
    public Api(URL deployment) {
        this(base(deployment), basic(ADMIN_USERNAME, ADMIN_PASSWORD));
    }

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    private static String base(URL deployment) {
        String url = deployment.toString();
        return (url.endsWith("/") ? url : url + "/") + "api/v1";
    }

    private static String basic(String username, String password) {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The same API as a user. */
    public Api asUser(String username, String password) {
        return new Api(base, basic(username, password));
    }

    /** The same API with an integration's API key. */
    public Api withKey(String token) {
        return new Api(base, "Bearer " + token);
    }

    /** The same API with no credentials at all. */
    public Api anonymous() {
        return new Api(base, null);
    }

    public RequestSpecification json() {
        RequestSpecification request = given().baseUri(base).contentType(ContentType.JSON).accept(ContentType.JSON);
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    /** A request with credentials but no content type or accept header set. */
    public RequestSpecification plain() {
        RequestSpecification request = given().baseUri(base);
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    public String base() {
        return base;
    }

    /**
     * Polls a batch run ({@code /scoring/runs/7}, {@code /reports/runs/9}) until its status is one of {@code wanted};
     * fails at once when it ends otherwise, or after 90 seconds.
     */
    public JsonPath awaitRun(String runPath, String... wanted) {
        List<String> targets = List.of(wanted);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            JsonPath run = json().get(runPath).then().statusCode(200).extract().jsonPath();
            String status = run.getString("status");
            if (targets.contains(status)) {
                return run;
            }
            if (List.of("FAILED", "ABANDONED", "STOPPED", "COMPLETED").contains(status)) {
                throw new AssertionError(runPath + " ended " + status + ", expected " + targets + ": " + run.prettify());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(runPath + " did not reach " + targets + " in time");
    }

    public long newClub() {
        return json().body(Map.of("name", "Club " + UUID.randomUUID(), "timeZone", "Europe/Berlin", "locale", "de-DE"))
                .post("/clubs").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public long newAthlete(long clubId) {
        return json().body(Map.of("memberId", "M-" + UUID.randomUUID().toString().substring(0, 8), "name", "Test Runner",
                        "sex", "female", "level", "intermediate", "maxHr", 190, "restingHr", 50))
                .post("/clubs/" + clubId + "/athletes").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
