package app.loadwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.server.testing.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sends malformed input to every operation of the OpenAPI document the server publishes, as a platform admin on
 * PostgreSQL: wrong JSON types, huge and non-finite numbers, NUL bytes and halves of surrogate pairs, overlong
 * strings, impossible dates, negative and huge pages and sizes, ids that are not digits, and bodies that are not
 * JSON at all. Every answer must be below 500, and every error an application/problem+json body whose status is the
 * answer's. Deterministic: the seed is fixed ({@code -Dloadwise.fuzz.seed} to change it); bounded in requests and
 * time. Operations that start jobs, send mail, delete or sign in get only input that is refused before anything
 * happens, and never the ids of real records.
 */
@ExtendWith(ArquillianExtension.class)
class ApiFuzzIT {

    private static final long SEED = Long.getLong("loadwise.fuzz.seed", 20_261_207L);
    private static final int MAX_REQUESTS = Integer.getInteger("loadwise.fuzz.requests", 1_500);
    private static final Duration BUDGET = Duration.ofSeconds(40);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MUTANT = "@@fuzz@@";

    /** Operations that start jobs, send mail, delete, sign in or change passwords (besides every DELETE). */
    private static final Set<String> GUARDED = Set.of(
            "POST /scoring/runs", "POST /scoring/runs/{executionId}/restart", "POST /scoring/runs/{executionId}/stop",
            "POST /reports/runs", "POST /clubs/{clubId}/report-deliveries", "POST /clubs/{clubId}/report-deliveries/{week}/retry",
            "POST /platform-admins", "POST /session", "PUT /users/{userId}/password");

    /** Malformed path values. The container answers a NUL byte or an invalid escape itself, without a body: not sent. */
    private static final List<String> PATH_VALUES = List.of("0", "-1", "99999999999999999999", "9223372036854775807", "abc",
            "%2B1", "%D9%A1", "%EF%BC%91", "1.5", "1e3", "%201", "NaN", "null", "%E2%80%AE", "9".repeat(300), "%F0%9F%98%80",
            "2026-W53", "2026-W99", "0000-W00", "x".repeat(200));

    private static final List<String> INTEGER_VALUES = List.of("-1", "0", "2147483647", "2147483648", "-2147483649", "1e400", "NaN",
            "%2B1", "%D9%A1", "", "99999999999999999999", "1.5", "%00", "%201", "0x10", "Infinity", "500", "501");
    private static final List<String> BOOLEAN_VALUES = List.of("maybe", "TRUE", "1", "%00", "", "yes", "%E2%80%AE");
    private static final List<String> DATE_VALUES = List.of("2026-02-30", "yesterday", "%00", "2026-13-01", "%2B002026-01-01",
            "9999999-01-01", "2026-1-1", "2026-11-29T25:00:00Z", "-1", "%ED%A0%80");
    private static final List<String> TEXT_VALUES = List.of("%00", "%1B%5B31m", "%ED%A0%80", "x".repeat(1500), "", "%20", "-score",
            "red", "2026-W47", "csv", "%E2%80%AE");

    /** JSON values put in place of one field of a body. */
    private static final List<String> VALUES = List.of("\"\\u0000\"", "\"a\\ud800b\"", "\"\\udc00\"", "\"" + "x".repeat(100_000) + "\"",
            "1e400", "-1e400", "\"NaN\"", "\"Infinity\"", "99999999999999999999999", "-1", "1.5", "0", "true", "[]", "{}",
            "[[[[]]]]", "null", "\"2026-02-30\"", "\"9999-99-99\"", "\"25:61\"", "\"\"", "\" \"", "\"\\u001b[31m\"",
            "\"=HYPERLINK(\\\"x\\\")\"", "1e-400", "123456789012345678901234567890.5", "\"+1\"", "\"\\u0661\"", "{\"a\":[1,{\"b\":null}]}");
    /** Values every operation refuses before it acts on the body: text with a NUL or half a character. */
    private static final List<String> REFUSED_VALUES = List.of("\"\\u0000\"", "\"a\\ud800b\"", "\"x\\u0000y\"");

    /** Bodies that are not JSON, or not the JSON any operation reads. */
    private static final List<String> BROKEN_BODIES = List.of("{", "[", "nul", "{\"a\":}", "{\"a\":1,}", "[1,2", "\"\\ud800\"",
            "[".repeat(5_000) + "]".repeat(5_000), "{}{}", "\u0000", "{\"a\":\"\u0000\"}", "1e999999999", "NaN", "{'a':1}",
            "{\"a\":1e400}", "[" + "1,".repeat(20_000) + "1]", "{\"\\u0000\":1}", "\"" + "\\u0000".repeat(1_000) + "\"");

    @ArquillianResource
    URL deployment;

    record Operation(String method, String path, List<JsonNode> parameters, JsonNode jsonBody, boolean multipart) {
        String key() {
            return method + " " + path;
        }

        boolean guarded() {
            return method.equals("DELETE") || GUARDED.contains(key());
        }
    }

    record Sent(String method, String uri, String contentType, byte[] body) {
    }

    private String root() {
        String url = deployment.toString();
        return url.substring(0, url.indexOf('/', "http://".length()));
    }

    @Test
    void malformedInputToEveryOperationIsAProblemNeverA5xx() throws Exception {
        long began = System.nanoTime();
        Api api = new Api(deployment);
        JsonNode document = JSON.readTree(RestAssured.given().baseUri(root()).accept("application/json").get("/openapi")
                .then().statusCode(200).extract().asByteArray());
        Map<String, String> ids = fixtures(api);
        List<Operation> operations = operations(document);
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(60);

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (Api.ADMIN_USERNAME + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        int sent = 0;
        long deadline = System.nanoTime() + BUDGET.toNanos();
        rounds:
        for (int round = 0; ; round++) {
            for (Operation operation : operations) {
                if (sent >= MAX_REQUESTS || System.nanoTime() > deadline) {
                    break rounds;
                }
                Sent request = request(operation, api.base(), ids, document, random, round);
                HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(request.uri())).timeout(Duration.ofSeconds(10))
                        .header("Authorization", authorization).header("Accept", "application/json")
                        .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
                if (request.contentType() != null) {
                    http.header("Content-Type", request.contentType());
                }
                if (random.nextInt(10) == 0 && request.method().equals("POST")) {
                    http.header("Idempotency-Key", List.of(" ", "x".repeat(300), "a b", UUID.randomUUID().toString()).get(random.nextInt(4)));
                }
                HttpResponse<byte[]> response;
                try {
                    response = client.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
                } catch (java.io.IOException e) {
                    sent++;
                    failures.add("no answer (" + e + ")\n    " + request.method() + " " + request.uri() + "\n    body: "
                            + snippet(request.body()));
                    continue;
                }
                sent++;
                statuses.merge(String.valueOf(response.statusCode() / 100) + "xx", 1, Integer::sum);
                String problem = problemIn(response);
                if (problem != null && failures.size() < 50) {
                    failures.add(problem + "\n    " + request.method() + " " + request.uri() + "\n    body: " + snippet(request.body())
                            + "\n    answer: " + snippet(response.body()));
                }
            }
        }
        long millis = Duration.ofNanos(System.nanoTime() - began).toMillis();
        System.out.printf("ApiFuzzIT: sent %d requests to %d operations in %d ms (seed %d): %s%n", sent, operations.size(), millis,
                SEED, statuses);
        assertThat(failures).as("answers that are 5xx or errors without a problem body").isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(Math.min(MAX_REQUESTS, operations.size() * 3));
        assertThat(millis).as("the whole test").isLessThan(60_000);
    }

    /** What is wrong with an answer, or null. */
    private static String problemIn(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "answered " + status;
        }
        if (status < 400) {
            return null;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "answered " + status + " as " + (type.isEmpty() ? "no content type" : type);
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            if (body.path("status").asInt() != status || !body.path("title").isTextual()) {
                return "answered " + status + " with a problem whose status is " + body.path("status");
            }
        } catch (java.io.IOException e) {
            return "answered " + status + " with a body that is not JSON";
        }
        return null;
    }

    private static String snippet(byte[] bytes) {
        if (bytes == null) {
            return "(none)";
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "… (" + bytes.length + " bytes)" : text;
    }

    // ---- the records the operations are pointed at ----------------------------------------------------------

    private static Map<String, String> fixtures(Api api) {
        Map<String, String> ids = new LinkedHashMap<>();
        long club = api.newClub();
        long athlete = api.newAthlete(club);
        ids.put("clubId", String.valueOf(club));
        ids.put("athleteId", String.valueOf(athlete));
        ids.put("sessionId", id(api.json().body(Map.of("date", "2026-03-02", "type", "easy", "movingMinutes", 40, "rpe", 3))
                .post("/athletes/" + athlete + "/sessions")));
        ids.put("wellnessId", id(api.json().body(Map.of("date", "2026-03-02", "sleepHours", 7.5))
                .post("/athletes/" + athlete + "/wellness")));
        ids.put("healthEventId", id(api.json().body(Map.of("kind", "injury", "startedOn", "2026-03-01", "bodyLocation", "achilles",
                "severity", "minor")).post("/athletes/" + athlete + "/health-events")));
        ids.put("webhookId", id(api.json().body(Map.of("url", "http://127.0.0.1:9/hook")).post("/clubs/" + club + "/webhooks")));
        ids.put("userId", id(api.json().body(Map.of("username", "fuzz-" + UUID.randomUUID().toString().substring(0, 8), "role", "coach",
                "password", "a long enough passphrase")).post("/clubs/" + club + "/users")));
        ids.put("apiKeyId", api.json().body(Map.of("name", "fuzz", "scope", "read")).post("/clubs/" + club + "/api-keys")
                .then().statusCode(201).extract().jsonPath().getString("key.id"));
        ids.put("recipientId", id(api.json().body(Map.of("email", "fuzz@example.com")).post("/clubs/" + club + "/report-recipients")));
        ids.put("mappingId", id(api.json().body(Map.of("name", "fuzz", "headers", List.of("Wer", "Wann"), "columns",
                Map.of("Wer", "memberId", "Wann", "date"))).post("/clubs/" + club + "/import-mappings")));
        ids.put("importId", api.plain().accept("application/json")
                .multiPart("file", "fuzz.csv", "Date,Type,Minutes\n2026-03-03,easy,30\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("athleteId", String.valueOf(athlete)).post("/clubs/" + club + "/imports")
                .then().statusCode(201).extract().jsonPath().getString("id"));
        ids.put("deliveryId", "987654321");
        ids.put("executionId", "987654321");
        ids.put("itemId", "987654321");
        ids.put("week", "2026-W10");
        ids.put("ruleId", "acwr-spike");
        return ids;
    }

    private static String id(io.restassured.response.Response created) {
        return created.then().statusCode(201).extract().jsonPath().getString("id");
    }

    // ---- the document --------------------------------------------------------------------------------------

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        Map<String, JsonNode> paths = new TreeMap<>();
        document.path("paths").fields().forEachRemaining(e -> paths.put(e.getKey(), e.getValue()));
        for (Map.Entry<String, JsonNode> path : paths.entrySet()) {
            int api = path.getKey().indexOf("/api/v1/");
            if (api < 0) {
                continue;
            }
            String relative = path.getKey().substring(api + "/api/v1".length());
            for (String method : List.of("get", "post", "put", "delete", "patch")) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                operation.path("parameters").forEach(parameters::add);
                JsonNode content = operation.path("requestBody").path("content");
                operations.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), relative, parameters,
                        content.path("application/json").path("schema").isMissingNode() ? null : content.path("application/json").path("schema"),
                        content.has("multipart/form-data")));
            }
        }
        return operations;
    }

    // ---- one request --------------------------------------------------------------------------------------

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Sent request(Operation operation, String base, Map<String, String> ids, JsonNode document, Random random, int round) {
        StringBuilder path = new StringBuilder();
        String template = operation.path();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                path.append(template, at, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            path.append(template, at, open);
            String name = template.substring(open + 1, close);
            boolean real = !operation.guarded() && ids.containsKey(name) && random.nextInt(10) < 6;
            String value = real ? ids.get(name) : operation.guarded() && random.nextBoolean() ? "987654321" : pick(random, PATH_VALUES);
            path.append(value);
            at = close + 1;
        }
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.parameters()) {
            if (!"query".equals(parameter.path("in").asText()) || random.nextInt(10) < 3) {
                continue;
            }
            JsonNode schema = parameter.path("schema");
            String type = schema.path("type").asText();
            String value = switch (type) {
                case "integer", "number" -> pick(random, INTEGER_VALUES);
                case "boolean" -> pick(random, BOOLEAN_VALUES);
                default -> "date".equals(schema.path("format").asText()) || parameter.path("name").asText().matches("from|to")
                        ? pick(random, DATE_VALUES) : pick(random, TEXT_VALUES);
            };
            query.append(query.isEmpty() ? "?" : "&").append(parameter.path("name").asText()).append('=').append(value);
        }
        if (random.nextInt(8) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append("page=").append(pick(random, INTEGER_VALUES))
                    .append("&size=").append(pick(random, INTEGER_VALUES));
        }
        String uri = base + path + query;
        if (operation.multipart()) {
            return multipart(operation, uri, random);
        }
        if (operation.jsonBody() == null) {
            // no body expected: sometimes send one anyway (not with GET or DELETE, which the HTTP layer refuses with a
            // body before the application sees them: see docs/api.md)
            boolean mayCarryOne = !operation.method().equals("GET") && !operation.method().equals("DELETE");
            return mayCarryOne && random.nextInt(4) == 0 ? new Sent(operation.method(), uri, "application/json",
                    pick(random, BROKEN_BODIES).getBytes(StandardCharsets.UTF_8)) : new Sent(operation.method(), uri, null, null);
        }
        String contentType = switch (random.nextInt(20)) {
            case 0 -> "text/plain";
            case 1 -> "application/json; charset=utf-16";
            case 2 -> "garbage";
            case 3 -> "application/x-www-form-urlencoded";
            default -> "application/json";
        };
        return new Sent(operation.method(), uri, contentType, body(operation, document, random, round));
    }

    private static byte[] body(Operation operation, JsonNode document, Random random, int round) {
        int strategy = random.nextInt(10);
        if (strategy == 0) {
            return pick(random, BROKEN_BODIES).getBytes(StandardCharsets.UTF_8);
        }
        if (strategy == 1) {
            byte[] bytes = new byte[1 + random.nextInt(64)];
            random.nextBytes(bytes);
            return bytes;
        }
        JsonNode base = example(operation.jsonBody(), document, random, 0);
        List<String> values = operation.guarded() ? REFUSED_VALUES : VALUES;
        if (!(base instanceof ObjectNode object)) {
            return (base.isMissingNode() ? "{}" : base.toString()).getBytes(StandardCharsets.UTF_8);
        }
        List<Runnable> places = new ArrayList<>();
        collect(object, places);
        if (places.isEmpty() || operation.guarded() && strategy == 2) {
            object.put("unknown" + round, MUTANT);
        } else {
            for (int i = 0, n = operation.guarded() ? 1 : 1 + random.nextInt(3); i < n; i++) {
                pick(random, places).run();
            }
        }
        String text = object.toString();
        StringBuilder out = new StringBuilder();
        int from = 0;
        int found;
        String quoted = "\"" + MUTANT + "\"";
        boolean replaced = false;
        while ((found = text.indexOf(quoted, from)) >= 0) {
            out.append(text, from, found).append(pick(random, values));
            from = found + quoted.length();
            replaced = true;
        }
        out.append(text.substring(from));
        if (operation.guarded() && !replaced) {
            throw new AssertionError("a guarded operation's body must carry a refused value: " + text);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every place of the body a value can be replaced at (fields, items), each as an action that marks it. */
    private static void collect(JsonNode node, List<Runnable> places) {
        if (node instanceof ObjectNode object) {
            Iterator<String> names = object.fieldNames();
            List<String> fields = new ArrayList<>();
            names.forEachRemaining(fields::add);
            for (String field : fields) {
                places.add(() -> object.put(field, MUTANT));
                collect(object.get(field), places);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                places.add(() -> array.set(index, JsonNodeFactory.instance.textNode(MUTANT)));
                collect(array.get(i), places);
            }
        }
    }

    /** A value that fits the schema, from its examples where it has them. */
    private static JsonNode example(JsonNode schema, JsonNode document, Random random, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return example(document.at(ref.substring(1)), document, random, depth + 1);
        }
        if (depth > 8) {
            return f.nullNode();
        }
        if (schema.has("example") && random.nextBoolean()) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String type = schema.path("type").asText("object");
        switch (type) {
            case "object" -> {
                ObjectNode object = f.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), example(p.getValue(), document, random,
                        depth + 1)));
                if (schema.path("additionalProperties").isObject()) {
                    object.set("Key " + random.nextInt(100), example(schema.get("additionalProperties"), document, random, depth + 1));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = f.arrayNode();
                for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
                    array.add(example(schema.path("items"), document, random, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return f.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() + 1 : 1 + random.nextInt(5));
            }
            case "number" -> {
                return f.numberNode(1.5 + random.nextInt(30));
            }
            case "boolean" -> {
                return f.booleanNode(random.nextBoolean());
            }
            default -> {
                String format = schema.path("format").asText();
                return f.textNode(switch (format) {
                    case "date" -> "2026-03-0" + (1 + random.nextInt(9));
                    case "date-time" -> "2026-03-02T06:00:00Z";
                    case "email" -> "fuzz@example.com";
                    default -> "fuzz-" + UUID.nameUUIDFromBytes(new byte[] {(byte) random.nextInt()}).toString().substring(0, 8);
                });
            }
        }
    }

    private static Sent multipart(Operation operation, String uri, Random random) {
        String boundary = "----fuzz" + random.nextInt(1_000_000);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String fileName = pick(random, List.of("plain.csv", "\u0000.csv", "a\uD800.csv", "x".repeat(2_000) + ".csv",
                "\uD83D\uDE00.csv", "../../etc/passwd", "%00.csv"));
        String disposition = random.nextBoolean() ? "filename=\"" + fileName + "\""
                : "filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        if (random.nextInt(4) > 0) {
            String field = pick(random, List.of("athleteId", "createAthletes"));
            String value = field.equals("athleteId") ? pick(random, List.of("+1", "abc", "99999999999999999999", "-1", "\u0661", " 1"))
                    : pick(random, BOOLEAN_VALUES);
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        byte[] content = switch (random.nextInt(5)) {
            case 0 -> new byte[0];
            case 1 -> {
                byte[] bytes = new byte[200];
                random.nextBytes(bytes);
                yield bytes;
            }
            case 2 -> "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1);
            case 3 -> "Member ID,Date,Type,Minutes,RPE\nnobody,2026-02-30,zumba,NaN,1e400\n".getBytes(StandardCharsets.UTF_8);
            default -> "Date,Type,Minutes\n2026-03-02,easy,\u0000\n".getBytes(StandardCharsets.UTF_8);
        };
        if (random.nextInt(6) != 0) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; " + disposition
                    + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        if (random.nextInt(5) != 0) {
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        String type = random.nextInt(8) == 0 ? "multipart/form-data" : "multipart/form-data; boundary=" + boundary;
        return new Sent(operation.method(), uri, type, body.toByteArray());
    }
}
