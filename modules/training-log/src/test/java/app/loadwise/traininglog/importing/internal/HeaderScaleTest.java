package app.loadwise.traininglog.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.traininglog.importing.internal.HeaderScale.Direction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderScaleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Fatigue (1-5)|FATIGUE|1|5|UNKNOWN",
            "Mood 1–10|MOOD|1|10|UNKNOWN",
            "Sleep quality (1=poor, 5=great)|SLEEP_QUALITY|1|5|HIGH_IS_BETTER",
            "Fatigue (1=fresh, 5=exhausted)|FATIGUE|1|5|HIGH_IS_WORSE",
            "Soreness 0 to 10 (10 = very sore)|SORENESS|0|10|HIGH_IS_WORSE",
            "Stress (1 = none, 5 = very high)|STRESS|1|5|HIGH_IS_WORSE",
            "Mood (1=low, 10=high)|MOOD|1|10|HIGH_IS_BETTER",
            "Mood (1=great, 7=bad)|MOOD|1|7|HIGH_IS_WORSE",
            "Fatigue (1=good, 5=great)|FATIGUE|1|5|UNKNOWN"})
    void readsTheScaleAndWhichEndIsWorstFromTheHeader(String header, ImportField field, int min, int max, Direction direction) {
        assertThat(HeaderScale.of(header, field)).isEqualTo(new HeaderScale(min, max, direction));
    }

    @ParameterizedTest
    @CsvSource({"Fatigue", "Sleep (h)", "Fatigue (score)", "Mood 5-1"})
    void findsNoScaleWhereTheHeaderStatesNone(String header) {
        assertThat(HeaderScale.of(header, ImportField.FATIGUE)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            // 1–5, 5 worst: 1, 2.5, 4, 5.5, 7 rounded halves up
            "1,5,HIGH_IS_WORSE,1,1", "1,5,HIGH_IS_WORSE,2,3", "1,5,HIGH_IS_WORSE,3,4", "1,5,HIGH_IS_WORSE,4,6", "1,5,HIGH_IS_WORSE,5,7",
            // 1–5, 5 best: turned round
            "1,5,HIGH_IS_BETTER,5,1", "1,5,HIGH_IS_BETTER,1,7", "1,5,HIGH_IS_BETTER,4,3",
            // 1–10, 10 best as a mapping answers it: turned round
            "1,10,HIGH_IS_BETTER,1,7", "1,10,HIGH_IS_BETTER,10,1", "1,10,HIGH_IS_WORSE,7,5",
            "1,7,HIGH_IS_WORSE,4,4", "0,10,HIGH_IS_WORSE,5,4"})
    void convertsOntoTheStoredScaleSevenWorst(int min, int max, Direction direction, double value, int stored) {
        assertThat(new HeaderScale(min, max, direction).toStored(value, String.valueOf(value))).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource({"7", "0", "5.5"})
    void refusesAValueOutsideTheStatedScale(double value) {
        assertThatThrownBy(() -> new HeaderScale(1, 5, Direction.UNKNOWN).toStored(value, "x"))
                .isInstanceOf(ValueException.class).hasMessageContaining("outside the scale 1–5 stated in the column's header");
    }

    @ParameterizedTest
    @CsvSource({"1", "3", "5", "1.5"})
    void readsNoValueOfAScaleWhoseDirectionIsNotStatedNorAnswered(double value) {
        assertThatThrownBy(() -> new HeaderScale(1, 5, Direction.UNKNOWN).toStored(value, "v"))
                .isInstanceOf(ValueException.class)
                .hasMessage("the column states the scale 1–5 but not which end is the worst, so v cannot be read without a guess")
                .satisfies(e -> assertThat(((ValueException) e).fix())
                        .contains("\"highIs\": \"worse\" (5 is the worst").contains("\"highIs\": \"better\" (5 is the best")
                        .contains("'(1=poor, 5=great)'"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Fatigue (1-5)|worse|HIGH_IS_WORSE|5|7",
            "Fatigue (1-5)|better|HIGH_IS_BETTER|5|1",
            "Mood 1–10|Better|HIGH_IS_BETTER|1|7",
            // the header's own direction wins over an answer
            "Fatigue (1=fresh, 5=exhausted)|better|HIGH_IS_WORSE|5|7",
            // no answer, or one that is not a direction: still asks
            "Fatigue (1-5)||UNKNOWN|5|0",
            "Fatigue (1-5)|higher|UNKNOWN|5|0"})
    void aMappingsAnswerGivesTheDirectionTheHeaderDoesNotState(String header, String answer, Direction direction, double value,
                                                                int stored) {
        HeaderScale scale = HeaderScale.of(header, ImportField.FATIGUE).answeredBy(Direction.answered(answer));
        assertThat(scale.direction()).isEqualTo(direction);
        assertThat(scale.needsDirection()).isEqualTo(direction == Direction.UNKNOWN);
        if (!scale.needsDirection()) {
            assertThat(scale.toStored(value, "v")).isEqualTo(stored);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Mood 1–10|MOOD", "Fatigue 1-5|FATIGUE", "Sleep quality (1=poor, 5=great)|SLEEP_QUALITY"})
    void aHeaderStatingAScaleIsFoundByItsAlias(String header, ImportField field) {
        SheetLayout layout = FormatDetector.byAliases(1, java.util.List.of("Member ID", "Date", header), SheetKind.WELLNESS);
        assertThat(layout).isNotNull();
        assertThat(layout.column(field)).isEqualTo(2);
    }
}
