package app.loadwise.app.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
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
