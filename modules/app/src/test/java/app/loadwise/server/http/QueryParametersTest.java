package app.loadwise.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.loadwise.server.problem.Problem;
import app.loadwise.server.problem.Problems;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.recovery.ScoreStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParametersTest {

    /** Parameters declared as resources declare them; the converters are asked for each. */
    @SuppressWarnings("unused")
    static void resource(@QueryParam("page") @Min(0) Integer page,
                         @QueryParam("size") @Min(1) @Max(500) Integer size,
                         @QueryParam("weeks") @Min(1) @Max(104) Integer weeks,
                         @QueryParam("from") LocalDate from,
                         @QueryParam("since") Instant since,
                         @QueryParam("clubId") Long clubId,
                         @QueryParam("dryRun") boolean dryRun,
                         @QueryParam("active") Boolean active,
                         @QueryParam("week") IsoWeek week,
                         @QueryParam("status") ScoreStatus status,
                         @QueryParam("sort") String sort,
                         @PathParam("athleteId") long athleteId,
                         @HeaderParam("Content-Length") Long length) {
    }

    private final QueryParameters provider = new QueryParameters();

    private Object read(String name, String value) {
        return ((QueryParameters.Converter<?>) converter(name)).read(value);
    }

    private ParamConverter<?> converter(String name) {
        Parameter parameter = parameter(name);
        return provider.getConverter(parameter.getType(), parameter.getParameterizedType(), parameter.getAnnotations());
    }

    private static Parameter parameter(String name) {
        Method method = List.of(QueryParametersTest.class.getDeclaredMethods()).stream()
                .filter(m -> m.getName().equals("resource")).findFirst().orElseThrow();
        return List.of(method.getParameters()).stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }

    /**
     * The converter's refusal as the client sees it. The converter throws it inside a 400 BadRequestException (which
     * needs a JAX-RS runtime to build, so the container tests check that part); the problem is mapped from the cause.
     */
    private Problem refusal(String name, String value) {
        Throwable thrown = catchThrowable(() -> read(name, value));
        assertThat(thrown).as(name + "=" + value).isInstanceOf(InvalidValueException.class);
        return Problems.of(thrown);
    }

    @Test
    void readsValuesAndTreatsBlankAsAbsent() {
        assertThat(read("from", " 2026-03-02 ")).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(read("since", "2026-03-02")).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(read("since", "2026-03-02T06:30:00Z")).isEqualTo(Instant.parse("2026-03-02T06:30:00Z"));
        assertThat(read("size", "12")).isEqualTo(12);
        assertThat(read("page", "007")).isEqualTo(7);
        assertThat(read("clubId", "9007199254740993")).isEqualTo(9007199254740993L);
        assertThat(read("active", "TRUE")).isEqualTo(Boolean.TRUE);
        assertThat(read("dryRun", " false ")).isEqualTo(Boolean.FALSE);
        assertThat(read("week", " 2026-W05 ")).isEqualTo(new IsoWeek(2026, 5));
        assertThat(read("status", "Red")).isEqualTo(ScoreStatus.RED);
        for (String name : List.of("from", "since", "active", "dryRun", "week", "status")) {
            assertThat(read(name, " ")).as(name).isNull();
            assertThat(read(name, "")).as(name).isNull();
            assertThat(read(name, null)).as(name).isNull();
        }
        for (String name : List.of("page", "size", "clubId")) {
            assertThat(read(name, "")).as(name).isNull();
            assertThat(read(name, null)).as(name).isNull();
        }
    }

    @Test
    void leavesTextPathAndHeaderParametersToTheRuntime() {
        assertThat(converter("sort")).isNull();
        assertThat(converter("athleteId")).isNull();
        assertThat(converter("length")).isNull();
    }

    @ParameterizedTest(name = "page=''{0}''")
    @ValueSource(strings = {"+1", " 1", "1 ", "\u0661", "\uFF11", "1.0", "1e2", "0x1", "--1", "-", " ", "\u0000"})
    void acceptsOnlyPlainAsciiDigitsForNumbers(String value) {
        assertThat(refusal("page", value).errors()).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("page"))
                .satisfies(e -> assertThat(e.message()).isEqualTo("page must be a whole number, got '" + value + "'"));
        assertThat(refusal("clubId", value).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("clubId must be an id (a whole number)"));
    }

    @Test
    void refusesNumbersOutOfRange() {
        assertThat(refusal("size", "2147483648").detail()).isEqualTo("size is out of range, got '2147483648'");
        assertThat(refusal("clubId", "99999999999999999999").detail()).isEqualTo("clubId is out of range, got '99999999999999999999'");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "page,-1,'page must be 0 or more, got ''-1'''",
        "size,0,'size must be between 1 and 500, got ''0'''",
        "size,501,'size must be between 1 and 500, got ''501'''",
        "weeks,105,'weeks must be between 1 and 104, got ''105'''",
        "weeks,-3,'weeks must be between 1 and 104, got ''-3'''"})
    void refusesNumbersOutsideTheDeclaredBounds(String name, String value, String message) {
        assertThat(refusal(name, value).detail()).isEqualTo(message);
    }

    @Test
    void acceptsTheBoundsThemselves() {
        assertThat(read("page", "0")).isEqualTo(0);
        assertThat(read("size", "1")).isEqualTo(1);
        assertThat(read("size", "500")).isEqualTo(500);
        assertThat(read("weeks", "104")).isEqualTo(104);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "from,02.03.2026,a date like 2026-03-02",
        "from,2026-02-30,a date like 2026-03-02",
        "size,ten,a whole number",
        "clubId,12a,an id (a whole number)",
        "active,yes,true or false",
        "dryRun,1,true or false",
        "since,yesterday,a date (2026-11-29) or an instant (2026-11-29T06:00:00Z)",
        "week,2026-51,look like 2026-W05",
        "status,purple,'green, amber or red'"})
    void namesTheParameterTheValueAndWhatIsExpected(String name, String value, String expected) {
        Problem problem = refusal(name, value);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.title()).isEqualTo("Invalid input");
        assertThat(problem.type()).isEqualTo("about:blank");
        assertThat(problem.detail()).startsWith(name + " must").contains(expected).endsWith("got '" + value + "'");
        assertThat(problem.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(name);
            assertThat(e.message()).isEqualTo(problem.detail());
        });
    }

    @Test
    void aWeekThatDoesNotExistIsNamedByItsParameter() {
        Problem problem = refusal("week", "2026-W99");
        assertThat(problem.detail()).isEqualTo("week of 2026 must be between 1 and 53");
        assertThat(problem.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("week"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void writesValuesAsTheyAreRead() {
        assertThat(((ParamConverter<ScoreStatus>) converter("status")).toString(ScoreStatus.AMBER)).isEqualTo("amber");
        assertThat(((ParamConverter<IsoWeek>) converter("week")).toString(new IsoWeek(2026, 5))).isEqualTo("2026-W05");
        assertThat(((ParamConverter<LocalDate>) converter("from")).toString(LocalDate.of(2026, 3, 2))).isEqualTo("2026-03-02");
    }
}
