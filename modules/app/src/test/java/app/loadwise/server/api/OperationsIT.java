package app.loadwise.server.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import app.loadwise.server.testing.Api;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    @ArquillianResource
    URL deployment;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }

    private String root() {
        String url = deployment.toString();
        return url.substring(0, url.indexOf('/', "http://".length()));
    }

    @Test
    void isReadyWhileTheDatabaseAnswers() {
        given().baseUri(root()).get("/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.data.product", equalTo("PostgreSQL"));
    }

    @Test
    void servesTheOpenApiDocument() {
        given().baseUri(root()).accept("application/json").get("/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Loadwise API"))
                .body(containsString("/clubs/{clubId}/athletes"));
    }

    @Test
    void loadsTheDemoClubWhenAsked() {
        long demo = api.json().queryParam("size", 500).get("/clubs").jsonPath()
                .getLong("items.find { it.name == 'Riverside Harriers (demo)' }.id");
        api.json().get("/clubs/" + demo + "/athletes").then().statusCode(200).body("total", equalTo(30));
        long firstAthlete = api.json().get("/clubs/" + demo + "/athletes").jsonPath().getLong("items[0].id");
        api.json().get("/athletes/" + firstAthlete + "/sessions").then().body("total", greaterThan(40));
        api.json().get("/athletes/" + firstAthlete + "/wellness").then().body("total", greaterThan(80));
    }

    @Test
    void answersUnknownPathsWrongMethodsAndMediaTypesWithProblems() {
        api.json().get("/no-such-thing").then().statusCode(404).contentType("application/problem+json");
        api.json().patch("/clubs").then().statusCode(405).contentType("application/problem+json");
        api.json().contentType("text/plain").body("hello").post("/clubs")
                .then().statusCode(415).contentType("application/problem+json");
        api.json().body("{\"name\": ").post("/clubs")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        api.json().post("/clubs").then().statusCode(400).contentType("application/problem+json");
        api.json().get("/clubs/not-a-number").then().statusCode(404).contentType("application/problem+json");
    }
}
