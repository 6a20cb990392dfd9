package app.loadwise.server.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.loadwise.server.testing.Api;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every endpoint of the OpenAPI document as the club admin of another club, with the ids of one club's
 * records in the path, and finds nothing: every such request answers 404, lists show none of that club's data,
 * and the club's records are unchanged afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    private static final String PASSWORD = "a long enough passphrase";
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");
    /** Path parameters that name a record of a club. */
    private static final List<String> CLUB_RECORDS = List.of("clubId", "athleteId", "sessionId", "wellnessId", "importId",
            "userId", "apiKeyId", "webhookId", "deliveryId");

    @ArquillianResource
    URL deployment;

    @Test
    void anotherClubsCallerFindsNothingOnAnyEndpoint() {
        Api admin = new Api(deployment);
        String secretName = "Victim Club " + UUID.randomUUID();
        long victim = admin.json().body(Map.of("name", secretName, "timeZone", "Europe/Berlin", "locale", "de-DE"))
                .post("/clubs").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, String> ids = victimRecords(admin, victim);

        long own = admin.newClub();
        String username = "intruder-" + UUID.randomUUID().toString().substring(0, 8);
        admin.json().body(Map.of("username", username, "role", "club-admin", "password", PASSWORD))
                .post("/clubs/" + own + "/users").then().statusCode(201);
        Api intruder = admin.asUser(username, PASSWORD);

        JsonPath openApi = given().baseUri(root()).accept("application/json").get("/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        assertThat(paths).hasSizeGreaterThan(30);
        List<String> leaks = new ArrayList<>();
        int walked = 0;
        for (var path : paths.entrySet()) {
            String template = path.getKey().replaceFirst("^/api/v1", "");
            for (String method : METHODS) {
                if (!path.getValue().containsKey(method)) {
                    continue;
                }
                walked++;
                String url = fill(template, ids);
                String contentType = contentTypeOf(path.getValue().get(method));
                if (contentType == null && List.of("post", "put", "patch").contains(method)) {
                    contentType = "application/json";
                }
                Response response = send(intruder, method, url, contentType);
                int status = response.statusCode();
                boolean namesARecord = CLUB_RECORDS.stream().anyMatch(name -> template.contains("{" + name + "}"));
                if (namesARecord && status != 404) {
                    leaks.add(method.toUpperCase() + " " + url + " answered " + status);
                } else if (!namesARecord && status < 400 && (response.asString().contains(secretName)
                        || response.asString().contains("\"clubId\":" + victim + ","))) {
                    leaks.add(method.toUpperCase() + " " + url + " shows the other club's data");
                }
            }
        }
        assertThat(leaks).as("requests that reached another club's data").isEmpty();
        assertThat(walked).isGreaterThan(50);

        admin.json().get("/clubs/" + victim).then().statusCode(200).body("name", equalTo(secretName));
        admin.json().get("/athletes/" + ids.get("athleteId")).then().statusCode(200);
        admin.json().get("/sessions/" + ids.get("sessionId")).then().statusCode(200);
        admin.json().get("/wellness/" + ids.get("wellnessId")).then().statusCode(200);
        admin.json().get("/imports/" + ids.get("importId")).then().statusCode(200);
        admin.json().get("/users/" + ids.get("userId")).then().statusCode(200).body("enabled", equalTo(true));
        admin.json().get("/api-keys/" + ids.get("apiKeyId")).then().statusCode(200).body("revokedAt", org.hamcrest.Matchers.nullValue());
        admin.json().get("/clubs/" + victim + "/import-mappings").then().statusCode(200).body("size()", equalTo(1));
        admin.json().get("/clubs/" + victim + "/report-recipients").then().statusCode(200).body("size()", equalTo(1));
        admin.json().get("/clubs/" + victim + "/webhooks/" + ids.get("webhookId")).then().statusCode(200)
                .body("url", equalTo("http://127.0.0.1:9/victim-hook"));
        admin.json().get("/clubs/" + victim + "/webhooks/" + ids.get("webhookId") + "/deliveries").then().statusCode(200)
                .body("total", equalTo(1));
    }

    /** One of every kind of record in the club, by the path parameter that names it. */
    private static Map<String, String> victimRecords(Api admin, long club) {
        Map<String, String> ids = new HashMap<>();
        ids.put("clubId", String.valueOf(club));
        long athlete = admin.newAthlete(club);
        ids.put("athleteId", String.valueOf(athlete));
        String member = admin.json().get("/athletes/" + athlete).jsonPath().getString("memberId");
        ids.put("sessionId", admin.json().body(Map.of("date", "2026-03-02", "type", "easy", "movingMinutes", 40, "rpe", 3))
                .post("/athletes/" + athlete + "/sessions").then().statusCode(201).extract().jsonPath().getString("id"));
        ids.put("wellnessId", admin.json().body(Map.of("date", "2026-03-02", "sleepHours", 7.5))
                .post("/athletes/" + athlete + "/wellness").then().statusCode(201).extract().jsonPath().getString("id"));
        byte[] file = ("Member #,Date,Session,Duration (min)\n" + member + ",2026-03-03,jog,30\n").getBytes(StandardCharsets.UTF_8);
        ids.put("importId", admin.plain().accept("application/json").multiPart("file", "log.csv", file, "text/csv")
                .post("/clubs/" + club + "/imports").then().statusCode(201).extract().jsonPath().getString("id"));
        ids.put("mappingId", admin.json().body(Map.of("name", "ours", "headers", List.of("Wer", "Wann"),
                        "columns", Map.of("Wer", "memberId", "Wann", "date")))
                .post("/clubs/" + club + "/import-mappings").then().statusCode(201).extract().jsonPath().getString("id"));
        ids.put("recipientId", admin.json().body(Map.of("email", "coach@victim.test"))
                .post("/clubs/" + club + "/report-recipients").then().statusCode(201).extract().jsonPath().getString("id"));
        ids.put("userId", admin.json().body(Map.of("username", "victim-" + UUID.randomUUID().toString().substring(0, 8),
                        "role", "coach", "password", PASSWORD))
                .post("/clubs/" + club + "/users").then().statusCode(201).extract().jsonPath().getString("id"));
        ids.put("apiKeyId", admin.json().body(Map.of("name", "victim sync", "scope", "read-write"))
                .post("/clubs/" + club + "/api-keys").then().statusCode(201).extract().jsonPath().getString("key.id"));
        long hook = admin.json().body(Map.of("url", "http://127.0.0.1:9/victim-hook", "events", List.of("report.sent")))
                .post("/clubs/" + club + "/webhooks").then().statusCode(201).extract().jsonPath().getLong("id");
        ids.put("webhookId", String.valueOf(hook));
        ids.put("deliveryId", admin.json().post("/clubs/" + club + "/webhooks/" + hook + "/test").then().statusCode(200)
                .extract().jsonPath().getString("id"));
        // a check-in token is its own credential, whoever sends it: the intruder holds none of the victim's
        ids.put("token", app.loadwise.checkin.internal.CheckInTokens.newToken());
        ids.put("itemId", "1");
        ids.put("week", "2026-W10");
        ids.put("executionId", "1");
        ids.put("ruleId", "BUFFER_DAY");
        ids.put("healthEventId", "1");
        ids.put("plannedSessionId", admin.json().body(Map.of("date", "2026-03-03", "type", "easy", "minutes", 40))
                .post("/athletes/" + athlete + "/planned-sessions").then().statusCode(201).extract().jsonPath().getString("id"));
        return ids;
    }

    private static String fill(String template, Map<String, String> ids) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String value = ids.get(m.group(1));
            assertThat(value).as("a value for {" + m.group(1) + "} in " + template + "; add one to this test").isNotNull();
            m.appendReplacement(url, value);
        }
        m.appendTail(url);
        return url.toString();
    }

    @SuppressWarnings("unchecked")
    private static String contentTypeOf(Object operation) {
        if (operation instanceof Map<?, ?> op && op.get("requestBody") instanceof Map<?, ?> body
                && body.get("content") instanceof Map<?, ?> content && !content.isEmpty()) {
            return (String) ((Map<String, Object>) content).keySet().iterator().next();
        }
        return null;
    }

    private static Response send(Api as, String method, String url, String contentType) {
        RequestSpecification request = as.plain().accept("application/json, application/problem+json, */*");
        if (contentType != null && contentType.startsWith("multipart/")) {
            request.multiPart("file", "log.csv", "Member #,Date\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        } else if (contentType != null) {
            request.contentType(contentType).body(contentType.contains("json") ? "{}" : "");
        }
        return request.request(method.toUpperCase(), url);
    }

    private String root() {
        String url = deployment.toString();
        return url.substring(0, url.indexOf('/', "http://".length()));
    }
}
