package app.loadwise.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.traininglog.AthleteRequest;
import app.loadwise.traininglog.importing.BulkRequest;
import app.loadwise.traininglog.importing.MappingRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonCheckTest {

    private static final String SESSION = "{\"athleteId\":7,\"date\":\"2026-03-02\",\"type\":\"easy\",\"movingMinutes\":%s,\"rpe\":%s}";

    private static List<JsonCheck.Refusal> refusals(String json, java.lang.reflect.Type type) {
        try {
            JsonCheck.check(json.getBytes(StandardCharsets.UTF_8), type);
            return List.of();
        } catch (JsonCheck.Refused refused) {
            return refused.refusals();
        }
    }

    private static String bulk(String... items) {
        return "{\"items\":[" + String.join(",", items) + "]}";
    }

    @Test
    void passesWhatJsonBindingReadsFaithfully() {
        assertThatCode(() -> JsonCheck.check(("{\"memberId\":\"RH-014\",\"name\":\"Maya \\u00c5 \\ud83d\\ude00\\tLindqvist\\r\\n\","
                + "\"birthYear\":1994,\"maxHr\":192.0,\"active\":true,\"unknown\":[1,{\"a\":null}]}").getBytes(StandardCharsets.UTF_8),
                AthleteRequest.class)).doesNotThrowAnyException();
        assertThat(refusals(bulk(String.format(SESSION, "52.5", "8"), String.format(SESSION, "\"40\"", "\"3\"")),
                BulkRequest.Sessions.class)).isEmpty();
        assertThat(refusals("", AthleteRequest.class)).isEmpty();
        assertThat(refusals("  \n", AthleteRequest.class)).isEmpty();
    }

    @Test
    void refusesControlCharactersAndHalfCharactersInAnyTextNamingTheField() {
        assertThat(refusals("{\"name\":\"Ada\\u0000\"}", AthleteRequest.class))
                .containsExactly(new JsonCheck.Refusal("name",
                        "name must not contain control characters (U+0000 at position 4); only tab and line breaks are allowed"));
        assertThat(refusals("{\"name\":\"\\ud83dAda\"}", AthleteRequest.class)).extracting(JsonCheck.Refusal::message)
                .singleElement().asString().contains("half of a surrogate pair (U+D83D");
        assertThat(refusals(bulk(String.format(SESSION, "1", "1"), "{\"notes\":\"a\\u001bb\"}"), BulkRequest.Sessions.class))
                .extracting(JsonCheck.Refusal::field).containsExactly("items[1].notes");
        assertThat(refusals("{\"name\":\"m\",\"headers\":[\"ok\",\"x\\u0007\"],\"columns\":{\"Min\\u0000\":\"movingMinutes\"}}",
                MappingRequest.class)).extracting(JsonCheck.Refusal::field).containsExactly("headers[1]", "columns");
        assertThat(refusals("{\"ignored\":\"\\u0000\"}", AthleteRequest.class)).extracting(JsonCheck.Refusal::field)
                .containsExactly("ignored");
        assertThat(refusals("{\"run\":\"\\u0000\"}", new java.lang.reflect.ParameterizedType() {
            public java.lang.reflect.Type[] getActualTypeArguments() {
                return new java.lang.reflect.Type[] {String.class, String.class};
            }

            public java.lang.reflect.Type getRawType() {
                return Map.class;
            }

            public java.lang.reflect.Type getOwnerType() {
                return null;
            }
        })).extracting(JsonCheck.Refusal::field).containsExactly("run");
    }

    @ParameterizedTest(name = "movingMinutes {0}")
    @CsvSource(delimiter = '|', value = {
        "\"NaN\"|items[0].movingMinutes must be a number",
        "\"Infinity\"|items[0].movingMinutes must be a number",
        "\"-Infinity\"|items[0].movingMinutes must be a number",
        "1e400|items[0].movingMinutes is out of range; numbers must be finite",
        "-1e309|items[0].movingMinutes is out of range; numbers must be finite",
        "\"1e400\"|items[0].movingMinutes is out of range; numbers must be finite",
        "\"0x10\"|items[0].movingMinutes must be a number",
        "true|items[0].movingMinutes must be a number",
        "[]|items[0].movingMinutes must be a number",
        "{}|items[0].movingMinutes must be a number"})
    void refusesNumbersThatAreNotFinite(String value, String message) {
        assertThat(refusals(bulk(String.format(SESSION, value, "5")), BulkRequest.Sessions.class))
                .containsExactly(new JsonCheck.Refusal("items[0].movingMinutes", message));
    }

    @ParameterizedTest(name = "rpe {0}")
    @CsvSource(delimiter = '|', value = {
        "4.7|items[0].rpe must be a whole number",
        "1e400|items[0].rpe is out of range",
        "1e999999999|items[0].rpe is out of range",
        "99999999999|items[0].rpe is out of range",
        "\"NaN\"|items[0].rpe must be a whole number",
        "\"+1\"|items[0].rpe must be a whole number",
        "\" 1\"|items[0].rpe must be a whole number",
        "\"\\u0661\"|items[0].rpe must be a whole number",
        "1e-999999999|items[0].rpe must be a whole number"})
    void refusesWholeNumbersThatAreNotWholeOrOutOfRange(String value, String message) {
        assertThat(refusals(bulk(String.format(SESSION, "30", value)), BulkRequest.Sessions.class))
                .containsExactly(new JsonCheck.Refusal("items[0].rpe", message));
        assertThat(refusals(bulk(String.format(SESSION, "30", "7.0")), BulkRequest.Sessions.class)).isEmpty();
    }

    @Test
    void refusesValuesOfTheWrongShapeDatesAndFlags() {
        assertThat(refusals("[]", AthleteRequest.class)).containsExactly(
                new JsonCheck.Refusal("body", "the request body must be an object"));
        assertThat(refusals("\"x\"", AthleteRequest.class)).extracting(JsonCheck.Refusal::field).containsExactly("body");
        assertThat(refusals("{\"items\":{}}", BulkRequest.Sessions.class)).containsExactly(
                new JsonCheck.Refusal("items", "items must be a list"));
        assertThat(refusals("{\"items\":[3]}", BulkRequest.Sessions.class)).containsExactly(
                new JsonCheck.Refusal("items[0]", "items[0] must be an object"));
        assertThat(refusals(bulk("{\"date\":\"2026-02-30\",\"startTime\":\"25:00\"}"), BulkRequest.Sessions.class))
                .extracting(JsonCheck.Refusal::message).containsExactly("items[0].date must be a date like 2026-03-02",
                        "items[0].startTime must be a time of day like 18:30");
        assertThat(refusals("{\"name\":[\"a\"],\"active\":\"maybe\"}", AthleteRequest.class))
                .extracting(JsonCheck.Refusal::message).containsExactly("name must be text", "active must be true or false");
        assertThat(refusals("{\"dryRun\":\"true\",\"items\":[]}", BulkRequest.Sessions.class)).isEmpty();
        assertThat(LocalDate.parse("2026-03-02")).isNotNull();
    }

    @Test
    void refusesWhatIsNotJsonDeepNestingAndTrailingValues() {
        assertThat(refusals("{\"name\": ", AthleteRequest.class)).singleElement()
                .satisfies(r -> assertThat(r.field()).isEqualTo("body"))
                .satisfies(r -> assertThat(r.message()).startsWith("the request body is not valid JSON"));
        assertThat(refusals("[".repeat(10_000) + "]".repeat(10_000), Object.class)).extracting(JsonCheck.Refusal::message)
                .singleElement().asString().contains("nested more than");
        assertThat(refusals("{} {}", AthleteRequest.class)).extracting(JsonCheck.Refusal::message).singleElement().asString()
                .startsWith("the request body is not valid JSON");
    }

    @Test
    void listsAtMostAHundredRefusals() {
        String items = String.join(",", java.util.Collections.nCopies(500, "{\"rpe\":1.5}"));
        assertThatThrownBy(() -> JsonCheck.check(bulk(items).getBytes(StandardCharsets.UTF_8), BulkRequest.Sessions.class))
                .isInstanceOf(JsonCheck.Refused.class)
                .satisfies(e -> assertThat(((JsonCheck.Refused) e).refusals()).hasSize(JsonCheck.MAX_REFUSALS))
                .hasMessage("100 values of the request body are invalid");
    }
}
