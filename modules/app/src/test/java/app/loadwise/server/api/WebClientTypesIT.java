package app.loadwise.server.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web app's API types ({@code modules/web/src/api/types.ts}) checked against the OpenAPI document the server
 * publishes: every interface names a schema, and every field it reads is a property of that schema.
 */
@ExtendWith(ArquillianExtension.class)
class WebClientTypesIT {

    private static final Path TYPES = Path.of("../web/src/api/types.ts");

    /** Interfaces whose schema has another name (nested records are named by their simple name). */
    private static final Map<String, String> SCHEMA_OF = Map.ofEntries(
            Map.entry("ProblemFieldError", "FieldError"), Map.entry("ProblemBody", "Problem"), Map.entry("Me", "MeView"),
            Map.entry("BrowserSession", "BrowserSessionView"), Map.entry("LoadPoint", "WeekLoad"),
            Map.entry("Band", "TimelineBand"), Map.entry("Timeline", "AthleteTimeline"), Map.entry("WeeklyFigures", "Values"),
            Map.entry("ScoringRunPartition", "Partition"), Map.entry("ScoringRunIssue", "Issue"),
            Map.entry("ExecutionAccepted", "RunStarted"), Map.entry("ImportCounts", "Counts"),
            Map.entry("ImportProgress", "Progress"), Map.entry("DeliveryAttempt", "Attempt"));

    /**
     * Interfaces with no schema of their own: the generic page (every page schema has these fields) and an import's
     * problem, whose record shares its simple name with the RFC 9457 problem schema.
     */
    private static final Set<String> NO_SCHEMA = Set.of("Page", "ImportProblem");

    private static final Pattern INTERFACE = Pattern.compile("export interface (\\w+)(?:<\\w+>)?(?: extends \\w+)? \\{(.*?)\\n\\}",
            Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("^  (\\w+)\\??:", Pattern.MULTILINE);

    @ArquillianResource
    URL deployment;

    @Test
    void everyTypeTheWebAppReadsIsASchemaOfTheApiWithTheseFields() throws IOException {
        JsonPath doc = given().baseUri(deployment.toString()).accept("application/json").get("/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> schemas = doc.getMap("components.schemas");
        Map<String, List<String>> interfaces = interfaces(Files.readString(TYPES));
        assertThat(interfaces).hasSizeGreaterThan(40).containsKeys("SquadWeek", "Timeline", "ImportView", "AthleteWeekScore");

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> type : interfaces.entrySet()) {
            if (NO_SCHEMA.contains(type.getKey())) {
                continue;
            }
            String schemaName = SCHEMA_OF.getOrDefault(type.getKey(), type.getKey());
            Map<String, Object> schema = schemas.get(schemaName);
            if (schema == null) {
                wrong.add(type.getKey() + ": no schema " + schemaName + " in the OpenAPI document");
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
            for (String field : type.getValue()) {
                if (!properties.containsKey(field)) {
                    wrong.add(type.getKey() + "." + field + ": not a property of schema " + schemaName + " " + properties.keySet());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Each exported interface of the file with its own fields (nested object literals left out). */
    static Map<String, List<String>> interfaces(String source) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        Matcher type = INTERFACE.matcher(source);
        while (type.find()) {
            List<String> fields = new ArrayList<>();
            Matcher field = FIELD.matcher(type.group(2));
            while (field.find()) {
                fields.add(field.group(1));
            }
            found.put(type.group(1), fields);
        }
        return found;
    }
}
