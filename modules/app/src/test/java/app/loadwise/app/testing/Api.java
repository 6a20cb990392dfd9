package app.loadwise.app.testing;

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

    private final String base;

    public Api(URL deployment) {
        String url = deployment.toString();
        this.base = (url.endsWith("/") ? url : url + "/") + "api/v1";
    }

    public RequestSpecification json() {
        return given().baseUri(base).contentType(ContentType.JSON).accept(ContentType.JSON);
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
