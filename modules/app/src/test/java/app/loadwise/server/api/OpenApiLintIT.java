package app.loadwise.server.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.loadwise.domain.common.InputLimits;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The served OpenAPI document is complete and passes the linter pinned in infra/openapi (Redocly CLI) without an
 * error or a warning. Without npm the lint is skipped on a developer machine and fails in CI ({@code CI=true}).
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiLintIT {

    private static final Pattern WARNINGS = Pattern.compile("(?i)you have \\d+ warnings?|validation failed");

    @ArquillianResource
    URL deployment;

    private String root() {
        return deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort();
    }

    @Test
    void documentPassesTheLinterWithoutErrorsOrWarnings() throws Exception {
        String yaml = given().baseUri(root()).get("/openapi").then().statusCode(200).extract().asString();
        Path document = Path.of("target", "openapi.yaml").toAbsolutePath();
        Files.createDirectories(document.getParent());
        Files.writeString(document, yaml, StandardCharsets.UTF_8);

        Path lint = repositoryRoot().resolve("infra").resolve("openapi");
        if (!onPath("npm") || !onPath("node")) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("npm and node are needed for the OpenAPI lint in CI (.ci/run installs them with apt-get)");
            }
            assumeTrue(false, "npm or node missing: OpenAPI lint skipped (it runs in CI)");
        }
        Path redocly = lint.resolve("node_modules").resolve(".bin").resolve("redocly");
        if (!Files.isExecutable(redocly) || !installedAsPinned(lint)) {
            Run install = run(lint.getParent().getParent(), 600, "npm", "ci", "--prefix", lint.toString(), "--no-audit",
                    "--no-fund");
            System.out.println(install.output());
            assertThat(install.exitCode()).as("npm ci --prefix infra/openapi").isZero();
        }
        Run result = run(lint, 300, redocly.toString(), "lint", document.toString(), "--config",
                lint.resolve("redocly.yaml").toString(), "--max-problems", "1000");
        System.out.println(result.output());
        assertThat(result.exitCode()).as("redocly lint exit code; its output:\n" + result.output()).isZero();
        assertThat(result.output()).as("redocly lint output").contains("Your API description is valid")
                .doesNotContainPattern(WARNINGS);
    }

    @Test
    void declaresSecurityProblemsAndConventions() {
        JsonPath doc = given().baseUri(root()).accept("application/json").get("/openapi")
                .then().statusCode(200).extract().jsonPath();
        assertThat(doc.getMap("components.securitySchemes.basicAuth")).containsEntry("type", "http").containsEntry("scheme", "basic");
        assertThat(doc.getMap("components.securitySchemes.apiKey")).containsEntry("type", "http").containsEntry("scheme", "bearer")
                .containsKey("bearerFormat");
        assertThat(doc.getMap("components.securitySchemes.browserSession")).containsEntry("type", "apiKey")
                .containsEntry("in", "cookie").containsEntry("name", "loadwise_session");
        assertThat(doc.getList("security")).hasSize(3);
        assertThat(doc.getList("paths.'/api/v1/session'.post.security")).as("signing in needs no credentials")
                .containsExactly(Map.of());
        assertThat(doc.getMap("components.schemas.Problem.properties")).containsKeys("type", "title", "status", "detail", "errors");
        assertThat(doc.getMap("$")).doesNotContainKey("endpoints");

        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> operationIds = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            operationIds.add((String) operation.get("operationId"));
            assertThat(operation).as(where).containsKeys("operationId", "summary", "tags", "description");
            assertThat((String) operation.get("description")).as(where).contains("Who may call it");
            Map<String, Object> responses = cast(operation.get("responses"));
            assertThat(responses).as(where).containsKeys("401", "403", "429", "500");
            Map<String, Object> ok = cast(responses.get("200"));
            boolean json = ok != null && ok.get("content") instanceof Map<?, ?> okContent
                    && okContent.containsKey("application/json");
            if (method.equals("get") && json) {
                assertThat(responses).as(where).containsKeys("200", "304");
                assertThat(parameterRefs(operation)).as(where).contains("#/components/parameters/IfNoneMatch");
            }
            if (method.equals("post")) {
                assertThat(parameterRefs(operation)).as(where).contains("#/components/parameters/IdempotencyKey");
            }
            responses.forEach((status, response) -> {
                Map<String, Object> answer = cast(response);
                Map<String, Object> content = cast(answer.get("content"));
                if (status.startsWith("2") && content != null && content.containsKey("application/json")) {
                    Map<String, Object> media = cast(content.get("application/json"));
                    Map<String, Object> schema = cast(media.get("schema"));
                    Map<String, Object> items = cast(schema.get("items"));
                    assertThat(schema.containsKey("$ref") || items != null && items.containsKey("$ref"))
                            .as(where + " " + status + " answers a named schema, not " + schema).isTrue();
                }
            });
            if (operation.containsKey("requestBody")) {
                assertThat(responses).as(where).containsKeys("400", "413", "415");
            }
        }));
        assertThat(operationIds).doesNotHaveDuplicates().contains("createClub", "recordSession", "uploadImport", "issueApiKey");

        assertThat(doc.getString("paths.'/api/v1/athletes/{athleteId}/sessions'.post.requestBody.content.'application/json'.example.type"))
                .isEqualTo("intervals");
        assertThat(doc.getList("components.schemas.SessionRequest.properties.type.enum")).contains("easy", "intervals", "rest");
        assertThat(doc.getInt("components.schemas.SessionRequest.properties.rpe.maximum")).isEqualTo(10);
        assertThat(doc.getList("components.schemas.SessionRequest.required")).contains("date", "type");
        assertThat(doc.getList("components.schemas.NewUser.properties.role.enum")).contains("club-admin", "coach");
        assertThat(doc.getList("components.schemas.NewApiKey.properties.scope.enum")).containsExactly("read", "read-write");
        assertThat(doc.getMap("components.schemas")).as("statuses are written as their codes").doesNotContainKeys("ScoreStatus", "Status");
        assertThat(doc.getList("components.schemas.AthleteWeekScore.properties.status.enum")).containsExactly("green", "amber", "red");
        assertThat(doc.getString("components.schemas.SquadAthlete.properties.status.type")).isEqualTo("string");
        assertThat(doc.getString("components.schemas.ImportView.properties.status.type")).isEqualTo("string");
        assertThat(doc.getString("components.schemas.ClubView.properties.createdAt.format")).isEqualTo("date-time");
        assertThat(doc.getString("components.schemas.AthletePage.properties.items.items.'$ref'"))
                .isEqualTo("#/components/schemas/AthleteView");
        assertThat(doc.getMap("paths.'/api/v1/clubs/{clubId}/rule-settings'.put.requestBody.content.'application/json'.example"))
                .containsKeys("maxImplicitRestDays", "beginner", "intermediate", "advanced");
        assertThat(doc.getList("paths.'/api/v1/imports/{importId}/commit'.post.parameters.findAll { it.name == 'skipInvalid' }"
                + ".schema.default")).as("a flag's default is a boolean").containsExactly(false);
        assertThat(doc.getList("paths.'/api/v1/athletes/{athleteId}/timeline'.get.parameters.findAll { it.name == 'weeks' }"
                + ".schema.default")).as("the timeline's weeks by default").containsExactly(16);
        assertThat(doc.getList("paths.'/api/v1/athletes/{athleteId}/scores'.get.parameters.findAll { it.name == 'weeks' }"
                + ".schema.default")).as("the score history's weeks by default").containsExactly(12);
    }

    @Test
    void rangesAreTheOnesTheDomainChecks() {
        JsonPath doc = given().baseUri(root()).accept("application/json").get("/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, InputLimits> ranges = Map.ofEntries(
                Map.entry("SessionRequest.rpe", InputLimits.RPE),
                Map.entry("SessionRequest.movingMinutes", InputLimits.SESSION_MINUTES),
                Map.entry("SessionRequest.distanceKm", InputLimits.DISTANCE_KM),
                Map.entry("SessionRequest.avgHr", InputLimits.SESSION_HEART_RATE),
                Map.entry("SessionRequest.warmUpMinutes", InputLimits.WARM_UP_MINUTES),
                Map.entry("SessionRequest.carbsG", InputLimits.CARBS_GRAMS),
                Map.entry("SessionRequest.proteinG", InputLimits.PROTEIN_GRAMS),
                Map.entry("SessionRequest.painScore", InputLimits.PAIN_SCALE),
                Map.entry("WellnessRequest.sleepHours", InputLimits.SLEEP_HOURS),
                Map.entry("WellnessRequest.restingHr", InputLimits.MORNING_RESTING_HEART_RATE),
                Map.entry("WellnessRequest.hrvMs", InputLimits.HRV_MS),
                Map.entry("WellnessRequest.fatigue", InputLimits.HOOPER_SCALE),
                Map.entry("AthleteRequest.maxHr", InputLimits.ATHLETE_MAX_HEART_RATE),
                Map.entry("AthleteRequest.restingHr", InputLimits.ATHLETE_RESTING_HEART_RATE),
                Map.entry("AthleteRequest.birthYear", InputLimits.BIRTH_YEAR),
                Map.entry("PlannedSessionRequest.intendedRpe", InputLimits.RPE));
        ranges.forEach((address, range) -> {
            String property = "components.schemas." + address.replace(".", ".properties.");
            assertThat(doc.getDouble(property + ".minimum")).as(address + " minimum").isEqualTo(range.min());
            assertThat(doc.getDouble(property + ".maximum")).as(address + " maximum").isEqualTo(range.max());
            assertThat(Boolean.TRUE.equals(doc.get(property + ".exclusiveMinimum"))).as(address + " exclusiveMinimum")
                    .isEqualTo(!range.minIncluded());
        });
    }

    private static List<Object> parameterRefs(Map<String, Object> operation) {
        List<Map<String, Object>> parameters = cast(operation.getOrDefault("parameters", List.of()));
        return parameters.stream().map(p -> p.get("$ref")).filter(r -> r != null).map(Object.class::cast).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("infra/openapi/package.json"))) {
                return dir;
            }
        }
        throw new IllegalStateException("infra/openapi/package.json not found above " + Path.of("").toAbsolutePath());
    }

    /** The installed Redocly CLI is the version package.json pins (else npm ci installs it again). */
    private static boolean installedAsPinned(Path lint) throws IOException {
        Path installed = lint.resolve("node_modules/@redocly/cli/package.json");
        Matcher pin = Pattern.compile("\"@redocly/cli\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(Files.readString(lint.resolve("package.json")));
        Matcher version = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(Files.isRegularFile(installed) ? Files.readString(installed) : "");
        return pin.find() && version.find() && pin.group(1).equals(version.group(1));
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(Path directory, long timeoutSeconds, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("openapi-lint", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
            }
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
